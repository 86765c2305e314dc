package com.inquirydesk.notification;

import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.inquiry.ReplyPreviews;
import com.inquirydesk.inquiry.ReplyWritten;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mail a staff member's reply becomes, in the client's language: one rendering for the mail that goes out and
 * for the preview shown before Send, so that the preview is what the client gets.
 */
@Component
class ReplyMail implements ReplyPreviews {

    private final MailTemplates templates;
    private final CatalogService catalog;
    private final MessageSource messages;

    ReplyMail(MailTemplates templates, CatalogService catalog, MessageSource messages) {
        this.templates = templates;
        this.catalog = catalog;
        this.messages = messages;
    }

    MailContent content(ReplyWritten reply) {
        Language language = reply.language();
        CompanyCard card = catalog.companyCard();
        Map<String, String> values = new HashMap<>();
        values.put("reference", reply.reference());
        values.put("name", reply.clientName());
        values.put("text", reply.text());
        values.put("staffName", reply.staffName());
        InquiryMails.putCompany(values, card, language);
        String name = "reply_" + language.code();
        String subject = messages.getMessage(
                "mail.reply.subject", new Object[] {reply.subject(), reply.reference()}, language.locale());
        return new MailContent(subject, templates.text(name, values), templates.html(name, values));
    }

    @Override
    public MailPreview preview(ReplyWritten reply) {
        MailContent content = content(reply);
        return new MailPreview(reply.clientEmail(), content.subject(), content.text());
    }
}
