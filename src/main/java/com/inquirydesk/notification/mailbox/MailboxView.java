package com.inquirydesk.notification.mailbox;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.base.ui.PhoneWidth;
import com.inquirydesk.notification.mailbox.MailboxAdministration.HeldMail;
import com.inquirydesk.notification.mailbox.MailboxAdministration.MailboxOverview;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The company mailbox for administrators: whether it is read and by which instance, the last poll and error, what
 * the messages of the last day and week became, and the quarantine, whose messages can be downloaded as they
 * arrived, taken in again or discarded. Without a mailbox a banner says how to connect one.
 */
@Route("admin/mailbox")
@Menu(title = "staff.nav.mailbox", order = 65)
@RolesAllowed(Role.ADMIN_ROLE)
class MailboxView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String COMPACT = "compact";
    /** The outcomes the counts table lists, in the order a reader thinks of them. */
    private static final List<InboundOutcome> OUTCOMES = List.of(
            InboundOutcome.INQUIRY,
            InboundOutcome.REPLY,
            InboundOutcome.BOUNCE,
            InboundOutcome.AUTO_REPLY,
            InboundOutcome.OWN,
            InboundOutcome.DUPLICATE,
            InboundOutcome.QUARANTINED);

    private final MailboxAdministration mailbox;
    private final ZoneId zone;
    private final H2 heading = new H2();
    /** Shown only while no mailbox is configured. */
    final Div offBanner = new Div();

    final Div status = new Div();
    final Div counts = new Div();
    private final H3 quarantineHeading = new H3();
    final Button checkNow = new Button();
    final Grid<HeldMail> quarantine = new Grid<>();
    private boolean compact;

    MailboxView(MailboxAdministration mailbox, CompanyZone zone) {
        this.mailbox = mailbox;
        this.zone = zone.zone();
        addClassName("admin-view");
        offBanner.addClassNames("banner", "warning");
        offBanner.getElement().setAttribute("role", "status");
        status.addClassName("mail-headers");
        counts.addClassName("mailbox-counts");
        checkNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        checkNow.addClickListener(click -> {
            mailbox.checkNow();
            Notification.show(getTranslation("mailbox.checkNow.done"), 3000, Notification.Position.BOTTOM_START);
        });
        quarantine.addClassName("admin-grid");
        quarantine.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        quarantine.setItems(query -> mailbox.quarantine(query.getOffset(), query.getLimit()).stream());
        add(heading, offBanner, status, checkNow, counts, quarantineHeading, quarantine);
        PhoneWidth.follow(this, this::setCompact);
    }

    /** Shows the mailbox as it stands now. */
    void refresh() {
        MailboxOverview overview = mailbox.overview();
        offBanner.setVisible(!overview.configured());
        checkNow.setVisible(overview.configured());
        status.setVisible(overview.configured());
        status.removeAll();
        if (overview.configured()) {
            header("mailbox.server", overview.host());
            header("mailbox.account", overview.username() + " · " + overview.folder());
            var state = new Span(stateText(overview));
            state.addClassNames(
                    "badge", "mailbox-" + overview.reader().state().name().toLowerCase());
            status.add(label("mailbox.state"), state);
            header("mailbox.lastPoll", time(overview.lastPollAt()));
            header(
                    "mailbox.lastError",
                    overview.lastError() == null
                            ? getTranslation("outbox.noError")
                            : time(overview.lastErrorAt()) + " " + overview.lastError());
        }
        counts.removeAll();
        counts.add(cell("mailbox.outcome", "head"), cell("mailbox.lastDay", "head"), cell("mailbox.lastWeek", "head"));
        for (InboundOutcome outcome : OUTCOMES) {
            counts.add(
                    new Span(getTranslation("mailbox.outcome." + outcome)),
                    new Span(String.valueOf(overview.lastDay().get(outcome))),
                    new Span(String.valueOf(overview.lastWeek().get(outcome))));
        }
        quarantineHeading.setText(getTranslation("mailbox.quarantine", overview.held()));
        quarantine.getDataProvider().refreshAll();
    }

    private String stateText(MailboxOverview overview) {
        MailboxStatus reader = overview.reader();
        return switch (reader.state()) {
            case STANDBY ->
                getTranslation("mailbox.state.STANDBY", overview.holder() == null ? "—" : overview.holder());
            case CONNECTED -> getTranslation(reader.idle() ? "mailbox.state.IDLE" : "mailbox.state.POLLING");
            default -> getTranslation("mailbox.state." + reader.state());
        };
    }

    private void header(String key, String value) {
        status.add(label(key), new Span(value));
    }

    private Span label(String key) {
        var label = new Span(getTranslation(key));
        label.addClassName("mail-header-label");
        return label;
    }

    private Span cell(String key, String className) {
        var cell = new Span(getTranslation(key));
        cell.addClassName(className);
        return cell;
    }

    private void columns() {
        quarantine.removeAllColumns();
        quarantine
                .addColumn(held -> time(held.quarantinedAt()))
                .setKey("received")
                .setHeader(getTranslation("mailbox.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        quarantine
                .addColumn(held -> orDash(held.from()))
                .setKey("from")
                .setHeader(getTranslation("mailbox.from"))
                .setTooltipGenerator(held -> orDash(held.from()))
                .setWidth("9rem")
                .setFlexGrow(2);
        quarantine
                .addColumn(held -> orDash(held.subject()))
                .setKey("subject")
                .setHeader(getTranslation("outbox.subject"))
                .setTooltipGenerator(held -> orDash(held.subject()))
                .setWidth("9rem")
                .setFlexGrow(3);
        quarantine
                .addColumn(this::reason)
                .setKey("reason")
                .setHeader(getTranslation("mailbox.reason"))
                .setTooltipGenerator(held -> held.detail() == null ? "" : held.detail())
                .setWidth("8rem")
                .setFlexGrow(2);
        quarantine
                .addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        quarantine
                .addColumn(LitRenderer.<HeldMail>of("<div class=\"compact-row\"><div class=\"compact-line\">"
                                + "<strong class=\"compact-subject\">${item.from}</strong>"
                                + "<span class=\"badge mail-failed\">${item.reason}</span></div>"
                                + "<div class=\"compact-line secondary\"><span class=\"compact-subject\">"
                                + "${item.subject}</span></div></div>")
                        .withProperty("from", held -> orDash(held.from()))
                        .withProperty("reason", this::reason)
                        .withProperty("subject", held -> orDash(held.subject())))
                .setKey(COMPACT)
                .setHeader(getTranslation("mailbox.held"));
        quarantine.addItemClickListener(click -> {
            if (compact) {
                new Dialog(actions(click.getItem())).open();
            }
        });
        showColumns();
    }

    private String reason(HeldMail held) {
        return getTranslation("mailbox.reason." + held.reason());
    }

    private Component actions(HeldMail held) {
        var download = new Anchor(
                (DownloadHandler) response -> {
                    byte[] eml = mailbox.eml(held.id());
                    response.setFileName("quarantined-" + held.id() + ".eml");
                    response.setContentType("message/rfc822");
                    response.setContentLength(eml.length);
                    response.getOutputStream().write(eml);
                },
                getTranslation("mailbox.download"));
        download.addClassName("row-link");
        var actions = new Div(download);
        actions.addClassName("row-actions");
        if (!"TOO_LARGE".equals(held.reason())) {
            actions.add(button("mailbox.retry", () -> {
                InboundOutcome outcome = mailbox.retry(held.id());
                return outcome == InboundOutcome.QUARANTINED
                        ? getTranslation("mailbox.retry.failed")
                        : getTranslation("mailbox.retry.done", getTranslation("mailbox.outcome." + outcome));
            }));
        }
        actions.add(button("mailbox.discard", () -> {
            mailbox.discard(held.id());
            return getTranslation("mailbox.discard.done");
        }));
        return actions;
    }

    private Button button(String key, java.util.function.Supplier<String> change) {
        var button = new Button(getTranslation(key), click -> {
            try {
                Notification.show(change.get(), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                new FieldErrors(this).show(refused);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    void setCompact(boolean compact) {
        this.compact = compact;
        showColumns();
    }

    private void showColumns() {
        quarantine.getColumns().forEach(column -> column.setVisible(compact == COMPACT.equals(column.getKey())));
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("mailbox.title"));
        offBanner.setText(getTranslation("mailbox.off"));
        checkNow.setText(getTranslation("mailbox.checkNow"));
        columns();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title");
    }
}
