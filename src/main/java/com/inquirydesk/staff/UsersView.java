package com.inquirydesk.staff;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.base.ui.PhoneWidth;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Staff accounts for administrators: create one with a temporary password, change name, address, role and the
 * language the app starts in for its owner, disable and enable, reset a password; each account's state and last
 * login. On a phone each account is one compact row with its actions.
 */
@Route("admin/users")
@Menu(title = "staff.nav.users", order = 30)
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String COMPACT = "compact";

    private final StaffService staff;
    private final ZoneId zone;
    private final H2 heading = new H2();
    final Button create = new Button();
    final Grid<StaffAccount> grid = new Grid<>();
    private boolean compact;

    UsersView(StaffService staff, CompanyZone zone) {
        this.staff = staff;
        this.zone = zone.zone();
        addClassName("admin-view");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new AccountDialog(null).open());
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        var toolbar = new Div(create);
        toolbar.addClassName("filter-bar");
        add(heading, toolbar, grid);
        refresh();
        PhoneWidth.follow(this, this::setCompact);
    }

    private void refresh() {
        grid.setItems(staff.accounts());
    }

    /** The columns of a wide screen, each person's name above their username; on a phone one compact column. */
    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(LitRenderer.<StaffAccount>of("<div class=\"compact-row\"><strong>${item.name}</strong>"
                                + "<span class=\"compact-line secondary\">${item.username}</span></div>")
                        .withProperty("name", StaffAccount::displayName)
                        .withProperty("username", StaffAccount::username))
                .setKey("user")
                .setHeader(getTranslation("account.user"))
                .setWidth("8rem")
                .setFlexGrow(2);
        grid.addColumn(account -> account.email() == null ? "" : account.email())
                .setKey("email")
                .setHeader(getTranslation("account.email"))
                .setTooltipGenerator(account -> account.email() == null ? "" : account.email())
                .setWidth("8rem")
                .setFlexGrow(2);
        grid.addColumn(account -> getTranslation("role." + account.role()))
                .setKey("role")
                .setHeader(getTranslation("account.role"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a long state ("Must change password") wraps inside its badge rather than be cut
        grid.addComponentColumn(this::stateBadge)
                .setKey("state")
                .setHeader(getTranslation("account.state"))
                .setPartNameGenerator(account -> "wrap")
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(this::language)
                .setKey("language")
                .setHeader(getTranslation("account.language"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(account -> lastLogin(account))
                .setKey("lastLogin")
                .setHeader(getTranslation("account.lastLogin"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setWidth("10rem")
                .setFlexGrow(1);
        // the phone's list: name and state, then username and role, then the actions
        grid.addComponentColumn(this::compactRow).setKey(COMPACT).setHeader(getTranslation("users.title"));
        showColumns();
    }

    private Span stateBadge(StaffAccount account) {
        var badge = new Span(getTranslation("account.state." + account.state()));
        badge.addClassNames(
                "badge", "may-wrap", "state-" + account.state().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private String language(StaffAccount account) {
        return account.preferredLanguage() == null
                ? getTranslation("account.language.none")
                : getTranslation("language." + account.preferredLanguage());
    }

    String lastLogin(StaffAccount account) {
        return account.lastLoginAt() == null
                ? getTranslation("account.neverLoggedIn")
                : TIME.format(account.lastLoginAt().atZone(zone));
    }

    private Div compactRow(StaffAccount account) {
        var name = new Span(account.displayName());
        name.addClassName("compact-subject");
        name.getStyle().setFontWeight("600");
        var first = new Div(name, stateBadge(account));
        first.addClassName("compact-line");
        var second = new Div(new Span(account.username() + " · " + getTranslation("role." + account.role())));
        second.addClassNames("compact-line", "secondary");
        var row = new Div(first, second, actions(account));
        row.addClassName("compact-row");
        return row;
    }

    /** Switches between the phone's one compact column and the columns of a wide screen. */
    void setCompact(boolean compact) {
        this.compact = compact;
        showColumns();
    }

    private void showColumns() {
        grid.getColumns().forEach(column -> column.setVisible(compact == COMPACT.equals(column.getKey())));
    }

    private Div actions(StaffAccount account) {
        var edit = new Button(getTranslation("account.edit"), click -> new AccountDialog(account).open());
        var toggle = new Button(
                getTranslation(account.enabled() ? "account.disable" : "account.enable"),
                click -> setEnabled(account, !account.enabled()));
        var reset = new Button(getTranslation("account.resetPassword"), click -> new ResetDialog(account).open());
        for (Button button : new Button[] {edit, toggle, reset}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-user", account.username());
        }
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var actions = new Div(edit, toggle, reset);
        actions.addClassName("row-actions");
        return actions;
    }

    private void setEnabled(StaffAccount account, boolean enabled) {
        try {
            staff.setEnabled(account.id(), enabled);
            saved(enabled ? "account.enabled" : "account.disabled", account.username());
        } catch (InvalidInputException refused) {
            new FieldErrors(this).show(refused);
        }
    }

    private void saved(String messageKey, String username) {
        refresh();
        Notification.show(getTranslation(messageKey, username), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Creates an account (with a temporary password), or edits one. */
    class AccountDialog extends Dialog {

        final TextField username = new TextField(getTranslation("account.username"));
        final TextField displayName = new TextField(getTranslation("account.displayName"));
        final EmailField email = new EmailField(getTranslation("account.email"));
        final Select<Role> role = new Select<>();
        final Select<Language> language = new Select<>();
        final PasswordField password = new PasswordField(getTranslation("account.temporaryPasswordField"));
        final Button save = new Button(getTranslation("action.save"));
        private final FieldErrors errors = new FieldErrors(UsersView.this);
        private final @Nullable StaffAccount account;

        AccountDialog(@Nullable StaffAccount account) {
            this.account = account;
            setHeaderTitle(getTranslation(account == null ? "account.new" : "account.edit"));
            setWidth("min(32em, 95vw)");
            role.setLabel(getTranslation("account.role"));
            role.setItems(Role.values());
            role.setItemLabelGenerator(value -> getTranslation("role." + value));
            language.setLabel(getTranslation("account.language"));
            language.setHelperText(getTranslation("account.language.helper"));
            language.setItems(Language.values());
            language.setItemLabelGenerator(value -> value == null ? "" : getTranslation("language." + value));
            password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
            for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(username, displayName, role, language, password)) {
                field.setRequiredIndicatorVisible(true);
            }
            var form = new FormLayout();
            if (account == null) {
                username.setMaxLength(60);
                username.setHelperText(getTranslation("account.username.helper"));
                role.setValue(Role.SALES);
                language.setValue(Language.of(getLocale()));
                form.add(username, displayName, email, role, language, password);
            } else {
                displayName.setValue(account.displayName());
                email.setValue(account.email() == null ? "" : account.email());
                role.setValue(account.role());
                language.setValue(account.preferredLanguage());
                form.add(displayName, email, role, language);
            }
            displayName.setMaxLength(StaffService.DISPLAY_NAME_MAX_LENGTH);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            errors.bind("username", username)
                    .bind("displayName", displayName)
                    .bind("email", email)
                    .bind("role", role)
                    .bind("language", language)
                    .bind("password", password);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            add(form);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        }

        private void save() {
            try {
                if (account == null) {
                    staff.createAccount(
                            username.getValue(),
                            displayName.getValue(),
                            email.getValue(),
                            role.getValue(),
                            language.getValue(),
                            password.getValue());
                    saved("account.createdMessage", username.getValue().strip());
                } else {
                    staff.update(
                            account.id(),
                            displayName.getValue(),
                            email.getValue(),
                            role.getValue(),
                            language.getValue());
                    saved("account.savedMessage", account.username());
                }
                close();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        }
    }

    /** Sets a temporary password that the user must change at the next login. */
    class ResetDialog extends Dialog {

        final PasswordField password = new PasswordField(getTranslation("account.temporaryPasswordField"));
        final Button reset = new Button(getTranslation("account.resetPassword"));
        private final FieldErrors errors = new FieldErrors(UsersView.this);

        ResetDialog(StaffAccount account) {
            setHeaderTitle(getTranslation("account.resetPasswordOf", account.username()));
            setWidth("min(28em, 95vw)");
            password.setWidthFull();
            password.setRequiredIndicatorVisible(true);
            password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
            errors.bind("password", password);
            reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reset.addClickListener(click -> {
                try {
                    staff.resetPassword(account.id(), password.getValue());
                    saved("account.passwordResetMessage", account.username());
                    close();
                } catch (InvalidInputException refused) {
                    errors.show(refused);
                }
            });
            add(password);
            getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), reset);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("users.title"));
        create.setText(getTranslation("account.new"));
        columns();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
