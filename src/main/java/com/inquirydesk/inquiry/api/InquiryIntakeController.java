package com.inquirydesk.inquiry.api;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.IntakeService;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST intake for other systems, e.g. the company's existing website: the same rules as the web form. */
@RestController
@RequestMapping("/api/inquiries")
class InquiryIntakeController {

    private final IntakeService intake;

    InquiryIntakeController(IntakeService intake) {
        this.intake = intake;
    }

    /** The answer to a submission: the reference the client is told, and when the inquiry arrived. */
    record ReceiptResource(String reference, Instant receivedAt) {}

    /**
     * Submits an inquiry. Without a {@code language} in the body, the reply language follows
     * {@code Accept-Language}. Answers 201 with the new reference, or 200 with the earlier reference when
     * the same inquiry was already received moments ago.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReceiptResource> submit(@RequestBody InquiryRequest body, HttpServletRequest http, Locale locale) {
        InquiryRequest request = body.language() != null ? body : withLanguage(body, Language.of(locale));
        IntakeReceipt receipt = intake.submit(request, IntakeContext.api(http.getRemoteAddr()));
        var resource = new ReceiptResource(receipt.reference(), receipt.receivedAt());
        URI location = URI.create("/inquiries/" + receipt.reference());
        return receipt.repeated()
                ? ResponseEntity.ok().location(location).body(resource)
                : ResponseEntity.created(location).body(resource);
    }

    private static InquiryRequest withLanguage(InquiryRequest body, Language language) {
        return new InquiryRequest(
                body.name(),
                body.company(),
                body.email(),
                body.phone(),
                body.country(),
                body.productLine(),
                body.subject(),
                body.message(),
                language.code(),
                body.consent(),
                body.website());
    }
}
