package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.inquiry.ReplyPreviews.MailPreview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The last look before a reply goes to the client: the mail as the client will get it (recipient, subject, text),
 * with Cancel and Send. Only Send sends; a mail cannot be called back.
 */
class ReplyConfirmation extends Dialog {

    final Button cancel = new Button();
    final Button send = new Button();
    final Div body = new Div();

    ReplyConfirmation(MailPreview preview, Runnable sending) {
        setHeaderTitle(getTranslation("reply.preview.title"));
        setWidth("min(42rem, 95vw)");
        addClassName("reply-confirmation");
        body.setText(preview.text());
        body.addClassName("reply-preview-body");
        add(fact("reply.preview.to", preview.to()), fact("reply.preview.subject", preview.subject()), body);
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(click -> close());
        send.setText(getTranslation("reply.preview.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            close();
            sending.run();
        });
        getFooter().add(cancel, send);
    }

    private Div fact(String key, String value) {
        var label = new Span(getTranslation(key));
        label.addClassName("fact-label");
        var row = new Div(label, new Span(value));
        row.addClassName("fact");
        return row;
    }
}
