package com.inquirydesk.notification;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.base.ui.PhoneWidth;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The mail outbox for administrators: every mail, newest first and page by page, filtered by state or
 * recipient; a click on a row shows the mail as it is sent. A failed or waiting mail can be retried and a waiting
 * one cancelled. Without an SMTP server a banner says why every mail waits. On a phone each mail is one compact row.
 */
@Route("admin/outbox")
@Menu(title = "staff.nav.outbox", order = 60)
@RolesAllowed(Role.ADMIN_ROLE)
class OutboxView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String COMPACT = "compact";

    private final OutboxAdministration outbox;
    private final ZoneId zone;
    private final H2 heading = new H2();
    /** Shown only while no SMTP server is configured. */
    final Div noSmtpBanner = new Div();

    final Select<MailState> state = new Select<>();
    final TextField recipient = new TextField();
    final Grid<MailSummary> grid = new Grid<>();
    private boolean compact;

    OutboxView(OutboxAdministration outbox, CompanyZone zone) {
        this.outbox = outbox;
        this.zone = zone.zone();
        addClassName("admin-view");
        noSmtpBanner.addClassNames("banner", "warning");
        noSmtpBanner.getElement().setAttribute("role", "status");
        noSmtpBanner.setVisible(!outbox.smtpConfigured());
        state.setItems(MailState.values());
        state.setEmptySelectionAllowed(true);
        state.addValueChangeListener(change -> refresh());
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.setClearButtonVisible(true);
        recipient.addValueChangeListener(change -> refresh());
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> outbox.newestFirst(filter(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(click -> {
            if (click.getColumn() == null || !"actions".equals(click.getColumn().getKey())) {
                showDetails(click.getItem());
            }
        });
        var filters = new Div(state, recipient);
        filters.addClassName("filter-bar");
        add(heading, noSmtpBanner, filters, grid);
        PhoneWidth.follow(this, this::setCompact);
    }

    private OutboxFilter filter() {
        String address = recipient.getValue().strip();
        return new OutboxFilter(state.getValue(), address.isEmpty() ? null : address);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Opens the mail as it is sent, with its state and the actions it allows. */
    void showDetails(MailSummary mail) {
        outbox.details(mail.id()).ifPresent(details -> new MailDialog(this, details).open());
    }

    /**
     * The columns that fit a 1280 px screen in either language: when, to whom, what, how it stands and why; the
     * mail's kind, its next attempt and its bodies are in its details.
     */
    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(mail -> time(mail.createdAt()))
                .setKey("created")
                .setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::firstRecipient)
                .setKey("recipients")
                .setHeader(getTranslation("outbox.recipients"))
                .setTooltipGenerator(this::recipients)
                .setWidth("9rem")
                .setFlexGrow(2);
        grid.addColumn(MailSummary::subject)
                .setKey("subject")
                .setHeader(getTranslation("outbox.subject"))
                .setTooltipGenerator(MailSummary::subject)
                .setWidth("10rem")
                .setFlexGrow(3);
        grid.addColumn(stateBadge(LitRenderer.of("<span class=\"badge mail-${item.state}\">${item.label}</span>")))
                .setKey("state")
                .setHeader(getTranslation("outbox.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MailSummary::attempts)
                .setKey("attempts")
                .setHeader(getTranslation("outbox.attempts"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(mail -> mail.lastError() == null ? "" : mail.lastError())
                .setKey("lastError")
                .setHeader(getTranslation("outbox.lastError"))
                .setTooltipGenerator(mail -> mail.lastError() == null ? "" : mail.lastError())
                .setWidth("7rem")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // the phone's list: recipient and state, then the subject
        grid.addColumn(stateBadge(LitRenderer.<MailSummary>of("<div class=\"compact-row\"><div class=\"compact-line\">"
                                + "<strong class=\"compact-subject\">${item.recipient}</strong>"
                                + "<span class=\"badge mail-${item.state}\">${item.label}</span></div>"
                                + "<div class=\"compact-line secondary\"><span class=\"compact-subject\">"
                                + "${item.subject}</span></div></div>"))
                        .withProperty("recipient", this::firstRecipient)
                        .withProperty("subject", MailSummary::subject))
                .setKey(COMPACT)
                .setHeader(getTranslation("outbox.mails"));
        showColumns();
        state.setLabel(getTranslation("outbox.state"));
        state.setItemLabelGenerator(value -> value == null ? "" : getTranslation("mailState." + value));
        state.setEmptySelectionCaption(getTranslation("outbox.allStates"));
    }

    private LitRenderer<MailSummary> stateBadge(LitRenderer<MailSummary> renderer) {
        return renderer.withProperty("state", mail -> mail.state().name().toLowerCase(Locale.ROOT))
                .withProperty("label", mail -> getTranslation("mailState." + mail.state()));
    }

    /** Switches between the phone's one compact column and the columns of a wide screen. */
    void setCompact(boolean compact) {
        this.compact = compact;
        showColumns();
    }

    private void showColumns() {
        grid.getColumns().forEach(column -> column.setVisible(compact == COMPACT.equals(column.getKey())));
    }

    boolean isCompact() {
        return compact;
    }

    private String firstRecipient(MailSummary mail) {
        List<String> all = mail.to();
        int more = all.size() - 1 + mail.cc().size();
        return more == 0 ? all.getFirst() : getTranslation("outbox.andMore", all.getFirst(), more);
    }

    String recipients(MailSummary mail) {
        String to = String.join(", ", mail.to());
        return mail.cc().isEmpty() ? to : to + " (Cc " + String.join(", ", mail.cc()) + ")";
    }

    private Div actions(MailSummary mail) {
        var details = new Button(getTranslation("outbox.details"), click -> showDetails(mail));
        details.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        details.getElement().setAttribute("data-mail", String.valueOf(mail.id()));
        var actions = new Div(details);
        actions.addClassName("row-actions");
        if (retryable(mail.state())) {
            actions.add(action("outbox.retry", mail.id(), outbox::retry));
        }
        return actions;
    }

    static boolean retryable(MailState state) {
        return state == MailState.FAILED || state == MailState.PENDING;
    }

    /** A button that changes a mail, says so, and shows the grid as it is now. */
    Button action(String key, long mailId, LongConsumer change) {
        var button = new Button(getTranslation(key), click -> {
            try {
                change.accept(mailId);
                Notification.show(getTranslation(key + ".done"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                new FieldErrors(this).show(refused);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("data-mail", String.valueOf(mailId));
        return button;
    }

    void cancel(long mailId) {
        outbox.cancel(mailId);
    }

    void retry(long mailId) {
        outbox.retry(mailId);
    }

    String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("outbox.title"));
        noSmtpBanner.setText(getTranslation("outbox.noSmtp"));
        recipient.setLabel(getTranslation("outbox.recipient"));
        columns();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
