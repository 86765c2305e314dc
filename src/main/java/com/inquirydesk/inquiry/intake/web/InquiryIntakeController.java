package com.inquirydesk.inquiry.intake.web;

import com.inquirydesk.base.Language;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.intake.IntakeService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

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
        return receipt(body, List.of(), http, locale);
    }

    /**
     * Submits an inquiry with up to three files: a multipart body with the inquiry as JSON in the part
     * {@code inquiry} and each file in a part {@code attachments}. Each file may be a PDF, an image (PNG,
     * JPEG, GIF, WebP), an Office document or plain text of at most 10 MB; the server checks the bytes, not
     * the name or the declared type.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReceiptResource> submitWithFiles(
            @RequestPart("inquiry") InquiryRequest body,
            @RequestPart(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest http,
            Locale locale)
            throws IOException {
        return receipt(body, Uploads.of(files == null ? List.of() : files), http, locale);
    }

    private ResponseEntity<ReceiptResource> receipt(
            InquiryRequest body, List<AttachmentUpload> files, HttpServletRequest http, Locale locale) {
        InquiryRequest request = body.withDefaultLanguage(Language.of(locale));
        IntakeReceipt receipt = intake.submit(request, IntakeContext.api(http.getRemoteAddr()), files);
        var resource = new ReceiptResource(receipt.reference(), receipt.receivedAt());
        URI location = URI.create("/inquiries/" + receipt.reference());
        return receipt.repeated()
                ? ResponseEntity.ok().location(location).body(resource)
                : ResponseEntity.created(location).body(resource);
    }
}
