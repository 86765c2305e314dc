package com.inquirydesk.inquiry.intake.web;

import static com.inquirydesk.inquiry.domain.InquiryLimits.*;

import com.inquirydesk.base.FieldText;
import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.base.web.EmbeddableForm;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * The public page: the company's contact card, its product lines and the inquiry form, in English or Chinese
 * ({@code ?lang=zh} or {@code ?lang=en}, else the browser's language), as plain HTML made on the server from
 * {@code templates/public-page.html}.
 *
 * <p>Nothing is kept per visitor: no session and no UI state, so visitors and crawlers cost no memory between
 * requests. The form posts back here and gets {@link IntakeService}'s verdict: a redirect to the page showing
 * the reference, or the page again with a translated message at each refused field and everything typed kept.
 * The routes are in {@link PublicPageConfiguration}.
 */
@Component
class PublicPage {

    static final String VIEW = "public-page";

    private static final Pattern REFERENCE = Pattern.compile("INQ-\\d{4}-\\d{6}");
    private static final long MEGABYTE = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(PublicPage.class);

    private final IntakeService intake;
    private final CatalogService catalog;
    private final FormStamps stamps;
    private final MessageSource messages;
    /** The country list in each language, sorted by name, made on first use (not at start). */
    private final Map<Language, List<Country>> countries = new ConcurrentHashMap<>();

    /** One choice in the country list: its ISO code and its name in the page's language. */
    public record Country(String code, String name) {}

    /** A product line as the page shows it, in the page's language. */
    public record Line(String code, String name, String description) {}

    PublicPage(IntakeService intake, CatalogService catalog, FormStamps stamps, MessageSource messages) {
        this.intake = intake;
        this.catalog = catalog;
        this.stamps = stamps;
        this.messages = messages;
    }

    /**
     * The page, with the reference of an inquiry just sent ({@code reference}) or the note that a form was too
     * large to be read ({@code problem=too-large}, from {@link PublicFormSizeLimit}).
     */
    ServerResponse show(ServerRequest request) {
        Locale locale = RequestContextUtils.getLocale(request.servletRequest());
        Language language = Language.of(locale);
        Map<String, Object> page = page(language, InquiryRequest.blank(language), stamps.issue());
        request.param("reference")
                .filter(reference -> REFERENCE.matcher(reference).matches())
                .ifPresent(reference -> page.put("reference", reference));
        if (request.param("problem").filter(PublicFormSizeLimit.PROBLEM::equals).isPresent()) {
            page.put(
                    "formError",
                    message("form.attachments.unreadable", locale, intake.maxAttachments(), maxAttachmentMegabytes()));
        }
        return render(HttpStatus.OK, page);
    }

    /**
     * Submits the posted form: a multipart body with the fields of {@link InquiryRequest} (a ticked consent box
     * sends {@code consent=true}, an unticked one nothing), {@code shown} (the signed time the form was shown)
     * and the files in {@code attachments}.
     */
    ServerResponse submit(ServerRequest request) throws IOException {
        Locale locale = RequestContextUtils.getLocale(request.servletRequest());
        Language language = Language.of(locale);
        List<AttachmentUpload> uploads = uploads(request); // parses the body first: unreadable is MultipartException
        InquiryRequest form = InquiryRequest.fromFields(request.params());
        String shown = request.param("shown").orElse(null);
        var context = IntakeContext.form(
                request.servletRequest().getRemoteAddr(), stamps.shownAt(shown).orElse(null));
        try {
            IntakeReceipt receipt = intake.submit(form, context, uploads);
            URI receiptPage = UriComponentsBuilder.fromPath(EmbeddableForm.PATH)
                    .queryParam("lang", language.code())
                    .queryParam("reference", receipt.reference())
                    .build()
                    .toUri();
            return ServerResponse.seeOther(receiptPage).build();
        } catch (InvalidInquiryException invalid) {
            Map<String, Object> page = page(language, form, shown);
            Map<String, String> errors = fieldErrors(invalid.violations(), locale);
            page.put("errors", errors);
            page.put("firstError", errors.keySet().iterator().next()); // the browser puts the cursor there
            page.put("formError", message("form.checkFields", locale));
            page.put("chooseFilesAgain", !uploads.isEmpty());
            return render(HttpStatus.UNPROCESSABLE_CONTENT, page);
        } catch (RateLimitExceededException exceeded) {
            Map<String, Object> page = page(language, form, shown);
            page.put("formError", message("form.rateLimited", locale, exceeded.retryAfterMinutes()));
            page.put("chooseFilesAgain", !uploads.isEmpty());
            return RenderingResponse.create(VIEW)
                    .status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(exceeded.retryAfterSeconds()))
                    .modelAttributes(page)
                    .build();
        }
    }

    /**
     * Anything unexpected (the database unreachable, a bug) is logged, and the client gets the page again with
     * an apology and everything typed kept; nothing was stored, as the intake's transaction rolled back. When
     * even the page cannot be made, the apology comes alone.
     */
    ServerResponse failed(Throwable failure, ServerRequest request) {
        Locale locale = RequestContextUtils.getLocale(request.servletRequest());
        Language language = Language.of(locale);
        if (failure instanceof MultipartException unreadable) {
            return unreadable(unreadable, language);
        }
        log.error("The public page failed", failure);
        boolean posted = request.method().equals(HttpMethod.POST);
        try {
            Map<String, Object> page = page(
                    language,
                    posted ? InquiryRequest.fromFields(request.params()) : InquiryRequest.blank(language),
                    posted ? request.param("shown").orElse(null) : stamps.issue());
            page.put("formError", message(posted ? "form.unexpected" : "api.unexpected", locale));
            return render(HttpStatus.INTERNAL_SERVER_ERROR, page);
        } catch (RuntimeException again) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(message("api.unexpected", locale));
        }
    }

    /**
     * A body that cannot be read as a form (cut off, no closing boundary): the client's fault, so 400 and an empty
     * form, as nothing that was typed can be read back.
     */
    private ServerResponse unreadable(MultipartException unreadable, Language language) {
        log.warn(
                "Refused an unreadable form body: {}",
                NestedExceptionUtils.getMostSpecificCause(unreadable).getMessage());
        Map<String, Object> page = page(language, InquiryRequest.blank(language), stamps.issue());
        page.put("formError", message("form.unreadable", language.locale()));
        return render(HttpStatus.BAD_REQUEST, page);
    }

    private static ServerResponse render(HttpStatus status, Map<String, Object> page) {
        return RenderingResponse.create(VIEW)
                .status(status)
                .modelAttributes(page)
                .build();
    }

    /** The page's model; {@code form} is what the form shows, {@code shown} the stamp it carries. */
    private Map<String, Object> page(Language language, InquiryRequest form, @Nullable String shown) {
        CompanyCard company = catalog.companyCard();
        String pageTitle = message("public.pageTitle", language.locale());
        boolean named = !company.name(language).isBlank();
        var page = new HashMap<String, Object>();
        page.put("lang", language.code());
        page.put("companyName", named ? company.name(language) : message("public.heading", language.locale()));
        page.put("companyNamed", named);
        page.put("pageTitle", named ? pageTitle + " · " + company.name(language) : pageTitle);
        page.put("company", company);
        page.put("address", company.address(language));
        page.put("telLink", "tel:" + company.tel().replaceAll("[^0-9+]", ""));
        page.put(
                "productLines",
                catalog.activeProductLines().stream()
                        .map(line -> new Line(line.code(), line.name(language), line.description(language)))
                        .toList());
        page.put("countries", countries.computeIfAbsent(language, PublicPage::countriesIn));
        page.put("form", form);
        // as the intake counts it: a line break is one character, though the browser sends it as two
        page.put(
                "messageLength",
                FieldText.withLineFeeds(form.message() == null ? "" : form.message())
                        .length());
        page.put("shown", shown);
        page.put("errors", new HashMap<String, String>());
        page.put("chooseFilesAgain", false);
        page.put("maxAttachments", intake.maxAttachments());
        page.put("maxAttachmentBytes", intake.maxAttachmentBytes());
        page.put("maxAttachmentMegabytes", maxAttachmentMegabytes());
        page.put("acceptedFiles", String.join(",", intake.acceptedFileExtensions()));
        page.put(
                "maxLengths",
                new HashMap<>(Map.of(
                        "name", NAME_MAX_LENGTH,
                        "company", COMPANY_MAX_LENGTH,
                        "email", EMAIL_MAX_LENGTH,
                        "phone", PHONE_MAX_LENGTH,
                        "subject", SUBJECT_MAX_LENGTH,
                        "message", MESSAGE_MAX_LENGTH)));
        return page;
    }

    private Map<String, String> fieldErrors(List<FieldViolation> violations, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (FieldViolation violation : violations) {
            errors.merge(
                    violation.field(),
                    message(
                            violation.messageKey(),
                            locale,
                            violation.arguments().toArray()),
                    (first, second) -> first + " " + second);
        }
        return errors;
    }

    /** The chosen files. */
    private static List<AttachmentUpload> uploads(ServerRequest request) throws IOException {
        var multipart = WebUtils.getNativeRequest(request.servletRequest(), MultipartHttpServletRequest.class);
        return multipart == null ? List.of() : Uploads.of(multipart.getFiles("attachments"));
    }

    private long maxAttachmentMegabytes() {
        return intake.maxAttachmentBytes() / MEGABYTE;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static List<Country> countriesIn(Language language) {
        Locale locale = language.locale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
