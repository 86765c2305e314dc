package com.inquirydesk.notification;

import com.inquirydesk.base.CompanyZone;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.catalog.MailRouting;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.ClientAnswered;
import com.inquirydesk.inquiry.InquirySubmitted;
import com.inquirydesk.inquiry.ReplyWritten;
import com.inquirydesk.staff.StaffMember;
import com.inquirydesk.staff.StaffService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * nobody is set up) and an acknowledgement to the client in the client's language, unless the staff member who
 * entered the inquiry chose not to send one. Spam notifies nobody.
 * Staff replies are mailed the same way. It is the one place that turns business events into mails; the
 * outbox and its dispatcher know mails only.
 *
 * <p>Anyone can type anyone's address into the form, so the acknowledgement must not be a way to mail strangers
 * one's own text: it greets no one by name, repeats neither the name nor the message, only the reference, the
 * product line and the subject cut to {@value #ECHOED_SUBJECT_MAX_LENGTH} characters; and it goes out at most
 * {@code acknowledgementsPerHour} times an hour to one address and {@code totalAcknowledgementsPerHour} times an
 * hour in all. Past a cap the inquiry is still stored and staff still notified.
 */
@Component
class InquiryMails {

    private static final Logger log = LoggerFactory.getLogger(InquiryMails.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The most of a client's subject an acknowledgement repeats, the ellipsis included. */
    static final int ECHOED_SUBJECT_MAX_LENGTH = 80;

    private final MailOutbox outbox;
    private final AcknowledgementCaps caps;
    private final MailTemplates templates;
    private final ReplyMail replyMail;
    private final MailThreads threads;
    private final StaffService staff;
    private final CatalogService catalog;
    private final MessageSource messages;
    private final MailProperties properties;
    private final CompanyZone company;
    private final MeterRegistry meters;
    private final Clock clock;

    InquiryMails(
            MailOutbox outbox,
            AcknowledgementCaps caps,
            MailTemplates templates,
            ReplyMail replyMail,
            MailThreads threads,
            StaffService staff,
            CatalogService catalog,
            MessageSource messages,
            MailProperties properties,
            CompanyZone company,
            MeterRegistry meters,
            Clock clock) {
        this.outbox = outbox;
        this.caps = caps;
        this.templates = templates;
        this.replyMail = replyMail;
        this.threads = threads;
        this.staff = staff;
        this.catalog = catalog;
        this.messages = messages;
        this.properties = properties;
        this.company = company;
        this.meters = meters;
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
        if (!inquiry.acknowledge()) {
            return;
        }
        String cap = caps.take(inquiry.email());
        if (cap == null) {
            outbox.add(acknowledgement(inquiry, line, card));
        } else {
            Counter.builder("inquiry.acknowledgements.capped")
                    .description("Acknowledgements not sent because a cap per hour was reached, by cap")
                    .tag("cap", cap)
                    .register(meters)
                    .increment();
            log.warn("No acknowledgement for {}: the cap per hour {} was reached", inquiry.reference(), cap);
        }
    }

    @EventListener
    void on(ReplyWritten reply) {
        outbox.add(new OutboundMail(
                reply.inquiryId(),
                MailKind.REPLY,
                reply.language(),
                List.of(reply.clientEmail()),
                List.of(),
                replyTo(catalog.companyCard()),
                replyMail.content(reply),
                threads.continuing(reply.inquiryId(), reply.reference()),
                clock.instant()));
    }

    /**
     * Tells whoever works on the inquiry that the client answered: its assignee, or when nobody is assigned (or the
     * assignee has no address) the people of its product line, else the company's contact address.
     */
    @EventListener
    void on(ClientAnswered answer) {
        CompanyCard card = catalog.companyCard();
        List<String> to = List.of();
        List<String> cc = List.of();
        String assigneeEmail = answer.assigneeId() == null
                ? null
                : staff.find(answer.assigneeId()).map(StaffMember::email).orElse(null);
        if (assigneeEmail != null) {
            to = List.of(assigneeEmail);
        } else {
            MailRouting routing = catalog.routing(answer.productLineId());
            to = routing.to().isEmpty() ? List.of(card.email()) : routing.to();
            cc = routing.cc();
        }
        Map<String, String> values = new HashMap<>();
        values.put("reference", answer.reference());
        values.put("name", answer.clientName());
        values.put("email", answer.clientEmail());
        values.put("subject", answer.subject());
        values.put("message", answer.text());
        values.put("receivedAt", TIME.format(answer.receivedAt().atZone(company.zone())) + " (" + company.zone() + ")");
        values.put("link", link(answer.reference()));
        String subject = "[%s] 客户回复 / Client answered: %s".formatted(answer.reference(), answer.subject());
        var content = new MailContent(
                subject, templates.text("client-answered", values), templates.html("client-answered", values));
        outbox.add(new OutboundMail(
                answer.inquiryId(),
                MailKind.CLIENT_ANSWERED,
                Language.ZH,
                to,
                cc,
                answer.clientEmail(),
                content,
                threads.first(answer.reference()),
                clock.instant()));
    }

    /** Where the client's answers go: the mailbox the app reads, else the company's contact address. */
    private String replyTo(CompanyCard card) {
        return properties.replyTo().isBlank() ? card.email() : properties.replyTo();
    }

    private String link(String reference) {
        return properties.publicUrl().resolve("/inquiries/" + reference).toString();
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
        values.put("link", link(inquiry.reference()));
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
                threads.first(inquiry.reference()),
                clock.instant());
    }

    private OutboundMail acknowledgement(InquirySubmitted inquiry, ProductLineSummary line, CompanyCard card) {
        Language language = inquiry.language();
        Map<String, String> values = new HashMap<>();
        values.put("reference", inquiry.reference());
        values.put("receivedAt", receivedAt(inquiry));
        values.put("productLine", line.name(language));
        values.put("subject", echoed(inquiry.subject()));
        putCompany(values, card, language);
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
                replyTo(card),
                content,
                threads.answering(inquiry.reference(), inquiry.mailMessageId()),
                clock.instant());
    }

    private Map<String, String> common(InquirySubmitted inquiry, CompanyCard card, Language language) {
        Map<String, String> values = new HashMap<>();
        values.put("reference", inquiry.reference());
        values.put("name", inquiry.contactName());
        values.put("email", inquiry.email());
        values.put("subject", inquiry.subject());
        values.put("receivedAt", receivedAt(inquiry));
        putCompany(values, card, language);
        return values;
    }

    private String receivedAt(InquirySubmitted inquiry) {
        return TIME.format(inquiry.receivedAt().atZone(company.zone())) + " (" + company.zone() + ")";
    }

    /** The subject as an acknowledgement repeats it: a longer one than 80 characters is cut and ends in an ellipsis. */
    static String echoed(String subject) {
        if (subject.codePointCount(0, subject.length()) <= ECHOED_SUBJECT_MAX_LENGTH) {
            return subject;
        }
        int end = subject.offsetByCodePoints(0, ECHOED_SUBJECT_MAX_LENGTH - 1);
        return subject.substring(0, end).stripTrailing() + "…";
    }

    static void putCompany(Map<String, String> values, CompanyCard card, Language language) {
        values.put("companyName", card.name(language));
        values.put("tel", card.tel());
        values.put("companyEmail", card.email());
        values.put("postCode", card.postCode());
        values.put("address", card.address(language));
    }

    private static String country(String code) {
        Locale region = Locale.of("", code);
        return region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE) + " " + region.getDisplayCountry(Locale.ENGLISH);
    }

    private static String orDash(@Nullable String value) {
        return value == null ? "—" : value;
    }
}
