package com.inquirydesk.staff;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Staff accounts for administrators: create one with a temporary password, change name, address and role,
 * disable and enable, reset a password.
 */
@Route("admin/users")
@Menu(title = "staff.nav.users", order = 30)
@RolesAllowed(Role.ADMIN_ROLE)
class UsersView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final StaffService staff;
    private final ZoneId zone;
    private final H2 heading = new H2();
    final Button create = new Button();
    final Grid<StaffAccount> grid = new Grid<>();

    UsersView(StaffService staff, CompanyZone zone) {
        this.staff = staff;
        this.zone = zone.zone();
        addClassName("admin-view");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new AccountDialog(null).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var toolbar = new Div(create);
        toolbar.addClassName("filter-bar");
        add(heading, toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(staff.accounts());
    }

    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(StaffAccount::username)
                .setHeader(getTranslation("account.username"))
                .setAutoWidth(true);
        grid.addColumn(StaffAccount::displayName)
                .setHeader(getTranslation("account.displayName"))
                .setAutoWidth(true);
        grid.addColumn(account -> account.email() == null ? "" : account.email())
                .setHeader(getTranslation("account.email"))
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation("role." + account.role()))
                .setHeader(getTranslation("account.role"))
                .setAutoWidth(true);
        grid.addColumn(account -> getTranslation("account.state." + account.state()))
                .setHeader(getTranslation("account.state"))
                .setAutoWidth(true);
        grid.addColumn(account -> DAY.format(account.createdAt().atZone(zone)))
                .setHeader(getTranslation("account.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
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
            password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
            var form = new FormLayout();
            if (account == null) {
                username.setMaxLength(60);
                username.setHelperText(getTranslation("account.username.helper"));
                role.setValue(Role.SALES);
                form.add(username, displayName, email, role, password);
            } else {
                displayName.setValue(account.displayName());
                email.setValue(account.email() == null ? "" : account.email());
                role.setValue(account.role());
                form.add(displayName, email, role);
            }
            displayName.setMaxLength(StaffService.DISPLAY_NAME_MAX_LENGTH);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            errors.bind("username", username)
                    .bind("displayName", displayName)
                    .bind("email", email)
                    .bind("role", role)
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
                            password.getValue());
                    saved("account.createdMessage", username.getValue().strip());
                } else {
                    staff.update(account.id(), displayName.getValue(), email.getValue(), role.getValue());
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
