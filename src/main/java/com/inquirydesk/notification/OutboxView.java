package com.inquirydesk.notification;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.ui.FieldErrors;
import com.inquirydesk.staff.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
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
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The mail outbox for administrators: every mail, newest first and page by page, filtered by state or
 * recipient; a failed mail can be sent again and a waiting one cancelled.
 */
@Route("admin/outbox")
@Menu(title = "staff.nav.outbox", order = 60)
@RolesAllowed(Role.ADMIN_ROLE)
class OutboxView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OutboxAdministration outbox;
    private final ZoneId zone;
    private final H2 heading = new H2();
    final Select<MailState> state = new Select<>();
    final TextField recipient = new TextField();
    final Grid<MailSummary> grid = new Grid<>();

    OutboxView(OutboxAdministration outbox, CompanyZone zone) {
        this.outbox = outbox;
        this.zone = zone.zone();
        addClassName("admin-view");
        state.setItems(MailState.values());
        state.setEmptySelectionAllowed(true);
        state.addValueChangeListener(change -> refresh());
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.setClearButtonVisible(true);
        recipient.addValueChangeListener(change -> refresh());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> outbox.newestFirst(filter(), query.getOffset(), query.getLimit()).stream());
        var filters = new Div(state, recipient);
        filters.addClassName("filter-bar");
        add(heading, filters, grid);
    }

    private OutboxFilter filter() {
        String address = recipient.getValue().strip();
        return new OutboxFilter(state.getValue(), address.isEmpty() ? null : address);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(mail -> time(mail.createdAt()))
                .setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(mail -> getTranslation("mail." + mail.kind()))
                .setHeader(getTranslation("outbox.kind"))
                .setAutoWidth(true);
        grid.addColumn(this::recipients)
                .setHeader(getTranslation("outbox.recipients"))
                .setTooltipGenerator(this::recipients)
                .setWidth("14rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(MailSummary::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setTooltipGenerator(MailSummary::subject)
                .setWidth("18rem")
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(mail -> getTranslation("mailState." + mail.state()))
                .setHeader(getTranslation("outbox.state"))
                .setAutoWidth(true);
        grid.addColumn(MailSummary::attempts)
                .setHeader(getTranslation("outbox.attempts"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(mail -> mail.state() == MailState.PENDING ? time(mail.nextAttemptAt()) : time(mail.sentAt()))
                .setHeader(getTranslation("outbox.nextOrSent"))
                .setAutoWidth(true);
        grid.addColumn(mail -> mail.lastError() == null ? "" : mail.lastError())
                .setHeader(getTranslation("outbox.lastError"))
                .setTooltipGenerator(mail -> mail.lastError() == null ? "" : mail.lastError())
                .setWidth("12rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        state.setLabel(getTranslation("outbox.state"));
        state.setItemLabelGenerator(value -> value == null ? "" : getTranslation("mailState." + value));
        state.setEmptySelectionCaption(getTranslation("outbox.allStates"));
    }

    private String recipients(MailSummary mail) {
        String to = String.join(", ", mail.to());
        return mail.cc().isEmpty() ? to : to + " (Cc " + String.join(", ", mail.cc()) + ")";
    }

    private Div actions(MailSummary mail) {
        var actions = new Div();
        actions.addClassName("row-actions");
        if (mail.state() == MailState.FAILED) {
            actions.add(action("outbox.resend", mail, outbox::resend));
        } else if (mail.state() == MailState.PENDING) {
            actions.add(action("outbox.cancel", mail, outbox::cancel));
        }
        return actions;
    }

    private Button action(String key, MailSummary mail, LongConsumer change) {
        var button = new Button(getTranslation(key), click -> {
            try {
                change.accept(mail.id());
                Notification.show(getTranslation(key + ".done"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                new FieldErrors(this).show(refused);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("data-mail", String.valueOf(mail.id()));
        return button;
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("outbox.title"));
        recipient.setLabel(getTranslation("outbox.recipient"));
        columns();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
