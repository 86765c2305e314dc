package com.inquirydesk.inquiry.ui;

import static com.inquirydesk.inquiry.InquiryLimits.*;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.IntakeService;
import com.inquirydesk.inquiry.InvalidInquiryException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public page: the company's contact card, its product lines and the inquiry form, in English or Chinese
 * ({@code ?lang=zh} or {@code ?lang=en}, else the browser's language), as plain HTML made on the server.
 *
 * <p>Nothing is kept per visitor: no session and no UI state, so visitors and crawlers cost no memory between
 * requests. The form posts back here and gets {@link IntakeService}'s verdict: a redirect to the page showing
 * the reference, or the page again with a translated message at each refused field and everything typed kept.
 * Vaadin's own requests to the root carry {@code v-r} and are left to Vaadin.
 */
@Controller
@RequestMapping(path = "/", params = "!v-r")
class PublicPageController {

    static final String VIEW = "public-page";

    private static final Pattern REFERENCE = Pattern.compile("INQ-\\d{4}-\\d{6}");
    private static final long MEGABYTE = 1024 * 1024;

    private final IntakeService intake;
    private final CatalogService catalog;
    private final FormStamps stamps;
    private final MessageSource messages;
    private final Map<Language, List<Country>> countries = new EnumMap<>(Language.class);

    /** One choice in the country list: its ISO code and its name in the page's language. */
    public record Country(String code, String name) {}

    /** A product line as the page shows it, in the page's language. */
    public record Line(String code, String name, String description) {}

    PublicPageController(IntakeService intake, CatalogService catalog, FormStamps stamps, MessageSource messages) {
        this.intake = intake;
        this.catalog = catalog;
        this.stamps = stamps;
        this.messages = messages;
        for (Language language : Language.values()) {
            countries.put(language, countriesIn(language.locale()));
        }
    }

    /**
     * The page, with the reference of an inquiry just sent ({@code reference}) or the note that a form was too
     * large to be read ({@code problem=too-large}, from {@link PublicFormSizeLimit}).
     */
    @GetMapping
    ModelAndView page(
            @RequestParam(required = false) @Nullable String reference,
            @RequestParam(required = false) @Nullable String problem,
            Locale locale) {
        Language language = Language.of(locale);
        var page = page(language, PublicInquiryForm.blank(language.code(), stamps.issue()), HttpStatus.OK);
        if (reference != null && REFERENCE.matcher(reference).matches()) {
            page.addObject("reference", reference);
        }
        if (PublicFormSizeLimit.PROBLEM.equals(problem)) {
            page.addObject(
                    "formError",
                    message("form.attachments.unreadable", locale, intake.maxAttachments(), maxAttachmentMegabytes()));
        }
        return page;
    }

    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    ModelAndView submit(
            PublicInquiryForm form,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        Language language = Language.of(locale);
        List<AttachmentUpload> uploads = uploads(files);
        var context = IntakeContext.form(
                request.getRemoteAddr(), stamps.shownAt(form.shown()).orElse(null));
        try {
            IntakeReceipt receipt = intake.submit(form.toRequest(), context, uploads);
            var redirect = new RedirectView(
                    UriComponentsBuilder.fromPath("/")
                            .queryParam("lang", language.code())
                            .queryParam("reference", receipt.reference())
                            .toUriString(),
                    true);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        } catch (InvalidInquiryException invalid) {
            var page = page(language, form, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("errors", fieldErrors(invalid.violations(), locale));
            page.addObject("formError", message("form.checkFields", locale));
            page.addObject("chooseFilesAgain", !uploads.isEmpty());
            return page;
        } catch (RateLimitExceededException exceeded) {
            var page = page(language, form, HttpStatus.TOO_MANY_REQUESTS);
            page.addObject("formError", message("form.rateLimited", locale, exceeded.retryAfterMinutes()));
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(exceeded.retryAfterSeconds()));
            page.addObject("chooseFilesAgain", !uploads.isEmpty());
            return page;
        }
    }

    private ModelAndView page(Language language, PublicInquiryForm form, HttpStatus status) {
        CompanyCard company = catalog.companyCard();
        var page = new ModelAndView(VIEW, status);
        page.addObject("lang", language.code());
        String pageTitle = message("public.pageTitle", language.locale());
        boolean named = !company.name(language).isBlank();
        page.addObject("companyName", named ? company.name(language) : message("public.heading", language.locale()));
        page.addObject("pageTitle", named ? pageTitle + " · " + company.name(language) : pageTitle);
        page.addObject("company", company);
        page.addObject("address", company.address(language));
        page.addObject("telLink", "tel:" + company.tel().replaceAll("[^0-9+]", ""));
        page.addObject(
                "productLines",
                catalog.activeProductLines().stream()
                        .map(line -> new Line(line.code(), line.name(language), line.description(language)))
                        .toList());
        page.addObject("countries", countries.get(language));
        page.addObject("form", form);
        page.addObject("errors", new HashMap<String, String>());
        page.addObject("maxAttachments", intake.maxAttachments());
        page.addObject("maxAttachmentBytes", intake.maxAttachmentBytes());
        page.addObject("maxAttachmentMegabytes", maxAttachmentMegabytes());
        page.addObject("acceptedFiles", String.join(",", intake.acceptedFileExtensions()));
        page.addObject(
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

    /** The chosen files; a file input left empty still sends one part, without a name and without content. */
    private static List<AttachmentUpload> uploads(@Nullable List<MultipartFile> files) throws IOException {
        var uploads = new ArrayList<AttachmentUpload>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = file.getOriginalFilename();
            if ((name == null || name.isEmpty()) && file.isEmpty()) {
                continue;
            }
            uploads.add(new AttachmentUpload(name == null ? "" : name, file.getBytes()));
        }
        return uploads;
    }

    private long maxAttachmentMegabytes() {
        return intake.maxAttachmentBytes() / MEGABYTE;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static List<Country> countriesIn(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
