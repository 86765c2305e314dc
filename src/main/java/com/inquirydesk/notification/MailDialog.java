package com.inquirydesk.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * One mail as it is sent: its headers, where it stands in the outbox and why, and its body as text or as the
 * HTML alternative, sanitized, so that nothing in a mail runs in the administrator's browser. A failed or
 * waiting mail can be retried from here and a waiting one cancelled.
 */
class MailDialog extends Dialog {

    /**
     * What of a mail's HTML is shown: text markup and links; no script, style, form, frame, nor image, which would
     * be fetched from wherever the mail points.
     */
    private static final Safelist SHOWN_HTML = Safelist.relaxed().removeTags("img");

    final Div headers = new Div();
    final Div text = new Div();
    final Div html = new Div();

    MailDialog(OutboxView view, MailDetails details) {
        MailSummary mail = details.summary();
        addClassName("mail-dialog");
        setHeaderTitle(getTranslation("outbox.mailNumber", mail.id()));
        setWidth("min(48rem, 100vw)");
        setMaxHeight("100%");
        headers.addClassName("mail-headers");
        header("outbox.from", details.from());
        header("outbox.to", String.join(", ", mail.to()));
        if (!mail.cc().isEmpty()) {
            header("outbox.cc", String.join(", ", mail.cc()));
        }
        if (details.replyTo() != null) {
            header("outbox.replyTo", details.replyTo());
        }
        header("outbox.subject", mail.subject());
        header("outbox.date", mail.sentAt() == null ? getTranslation("outbox.notSentYet") : view.time(mail.sentAt()));
        header("outbox.created", view.time(mail.createdAt()));
        header(
                "outbox.kind",
                getTranslation("mail." + mail.kind()) + " · " + getTranslation("language." + mail.language()));
        var state = new Span(getTranslation("mailState." + mail.state()));
        state.addClassNames("badge", "mail-" + mail.state().name().toLowerCase(Locale.ROOT));
        header("outbox.state", state);
        header("outbox.attempts", String.valueOf(mail.attempts()));
        if (mail.state() == MailState.PENDING) {
            header("outbox.nextAttempt", view.time(mail.nextAttemptAt()));
        }
        header("outbox.lastError", mail.lastError() == null ? getTranslation("outbox.noError") : mail.lastError());

        text.addClassName("mail-body");
        text.setText(details.bodyText());
        html.addClassNames("mail-body", "mail-html");
        html.getElement().setProperty("innerHTML", sanitized(details.bodyHtml()));
        var bodies = new TabSheet();
        bodies.add(getTranslation("outbox.bodyText"), text);
        bodies.add(getTranslation("outbox.bodyHtml"), html);
        bodies.setWidthFull();
        add(headers, bodies);

        var close = new Button(getTranslation("action.close"), click -> close());
        if (mail.state() == MailState.PENDING) {
            getFooter().add(changing(view.action("outbox.cancel", mail.id(), view::cancel)));
        }
        if (OutboxView.retryable(mail.state())) {
            var retry = changing(view.action("outbox.retry", mail.id(), view::retry));
            retry.removeThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(retry);
        }
        getFooter().add(close);
    }

    /** The mail's HTML with only harmless markup left. */
    static String sanitized(String html) {
        return Jsoup.clean(html, "", SHOWN_HTML, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false));
    }

    /** An action of the view that also closes this dialog, as the mail it shows has changed. */
    private Button changing(Button action) {
        action.removeThemeVariants(ButtonVariant.LUMO_SMALL);
        action.addClickListener(click -> close());
        return action;
    }

    private void header(String labelKey, @Nullable String value) {
        header(labelKey, new Span(value == null ? "" : value));
    }

    private void header(String labelKey, Span value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("mail-header-label");
        value.addClassName("mail-header-value");
        headers.add(label, value);
    }
}
