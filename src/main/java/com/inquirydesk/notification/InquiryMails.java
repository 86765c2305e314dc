package com.inquirydesk.notification;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.catalog.MailRouting;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquirySubmitted;
import com.inquirydesk.inquiry.ReplyWritten;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the mails of a new inquiry into the outbox, inside the transaction that stores the inquiry: a
 * notification to the people responsible for its product line (or the company's contact address when
 * nobody is set up) and an acknowledgement to the client in the client's language. Spam notifies nobody.
 * Staff replies are mailed the same way.
 */
@Component
class InquiryMails {

    private static final Logger log = LoggerFactory.getLogger(InquiryMails.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SUMMARY_MAX_LENGTH = 500;

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final CatalogService catalog;
    private final MessageSource messages;
    private final MailProperties properties;
    private final CompanyZone company;
    private final Clock clock;

    InquiryMails(
            MailOutbox outbox,
            MailTemplates templates,
            CatalogService catalog,
            MessageSource messages,
            MailProperties properties,
            CompanyZone company,
            Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.catalog = catalog;
        this.messages = messages;
        this.properties = properties;
        this.company = company;
        this.clock = clock;
    }

    @EventListener
    void on(InquirySubmitted inquiry) {
        if (inquiry.spam()) {
            return;
        }
        CompanyCard card = catalog.companyCard();
        ProductLineSummary line = catalog.productLine(inquiry.productLineId()).orElseThrow();
        outbox.add(staffNotification(inquiry, line, card));
        if (outbox.acknowledgementsInLastHour(inquiry.email()) < properties.acknowledgementsPerHour()) {
            outbox.add(acknowledgement(inquiry, line, card));
        } else {
            log.warn(
                    "No acknowledgement for {}: its address had {} this hour already",
                    inquiry.reference(),
                    properties.acknowledgementsPerHour());
        }
    }

    @EventListener
    void on(ReplyWritten reply) {
        Language language = reply.language();
        CompanyCard card = catalog.companyCard();
        Map<String, String> values = new HashMap<>();
        values.put("reference", reply.reference());
        values.put("name", reply.clientName());
        values.put("text", reply.text());
        values.put("staffName", reply.staffName());
        putCompany(values, card, language);
        String name = "reply_" + language.code();
        String subject = messages.getMessage(
                "mail.reply.subject", new Object[] {reply.subject(), reply.reference()}, language.locale());
        var content = new MailContent(subject, templates.text(name, values), templates.html(name, values));
        outbox.add(new OutboundMail(
                reply.inquiryId(),
                MailKind.REPLY,
                language,
                List.of(reply.clientEmail()),
                List.of(),
                null,
                content,
                clock.instant()));
    }

    private OutboundMail staffNotification(InquirySubmitted inquiry, ProductLineSummary line, CompanyCard card) {
        MailRouting routing = catalog.routing(inquiry.productLineId());
        List<String> to = routing.to().isEmpty() ? List.of(card.email()) : routing.to();
        String lineNames = line.nameZh() + " " + line.nameEn();
        Map<String, String> values = common(inquiry, card, Language.ZH);
        values.put("productLine", lineNames);
        values.put("message", inquiry.message());
        values.put("company", orDash(inquiry.company()));
        values.put("phone", orDash(inquiry.phone()));
        values.put("country", inquiry.country() == null ? "—" : country(inquiry.country()));
        values.put("language", inquiry.language() == Language.ZH ? "中文 Chinese" : "英文 English");
        values.put("source", inquiry.source().name());
        values.put(
                "link",
                properties
                        .publicUrl()
                        .resolve("/inquiries/" + inquiry.reference())
                        .toString());
        String subject = "[%s] %s: %s".formatted(inquiry.reference(), lineNames, inquiry.subject());
        var content = new MailContent(
                subject, templates.text("staff-notification", values), templates.html("staff-notification", values));
        return new OutboundMail(
                inquiry.inquiryId(),
                MailKind.STAFF_NOTIFICATION,
                Language.ZH,
                to,
                routing.cc(),
                inquiry.email(),
                content,
                clock.instant());
    }

    private OutboundMail acknowledgement(InquirySubmitted inquiry, ProductLineSummary line, CompanyCard card) {
        Language language = inquiry.language();
        Map<String, String> values = common(inquiry, card, language);
        values.put("productLine", line.name(language));
        values.put("message", summary(inquiry.message()));
        String name = "acknowledgement_" + language.code();
        String subject = messages.getMessage(
                "mail.acknowledgement.subject", new Object[] {inquiry.reference()}, language.locale());
        var content = new MailContent(subject, templates.text(name, values), templates.html(name, values));
        return new OutboundMail(
                inquiry.inquiryId(),
                MailKind.ACKNOWLEDGEMENT,
                language,
                List.of(inquiry.email()),
                List.of(),
                null,
                content,
                clock.instant());
    }

    private Map<String, String> common(InquirySubmitted inquiry, CompanyCard card, Language language) {
        Map<String, String> values = new HashMap<>();
        values.put("reference", inquiry.reference());
        values.put("name", inquiry.contactName());
        values.put("email", inquiry.email());
        values.put("subject", inquiry.subject());
        values.put(
                "receivedAt", TIME.format(inquiry.receivedAt().atZone(company.zone())) + " (" + company.zone() + ")");
        putCompany(values, card, language);
        return values;
    }

    private static void putCompany(Map<String, String> values, CompanyCard card, Language language) {
        values.put("companyName", card.name(language));
        values.put("tel", card.tel());
        values.put("companyEmail", card.email());
        values.put("postCode", card.postCode());
        values.put("address", card.address(language));
    }

    private static String summary(String message) {
        return message.length() <= SUMMARY_MAX_LENGTH ? message : message.substring(0, SUMMARY_MAX_LENGTH) + " …";
    }

    private static String country(String code) {
        Locale region = Locale.of("", code);
        return region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE) + " " + region.getDisplayCountry(Locale.ENGLISH);
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "—" : value;
    }
}
