package com.inquirydesk.inquiry.intake.ui;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.base.ui.PageLanguage;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The public inquiry view: the company's card, its product lines and the inquiry form, in English or Chinese.
 * The intake applies the same rules as to the embeddable form and the API: the honeypot, the time taken to fill
 * the form (from when this view was made, on the server), the limits per address and the duplicate window.
 * After sending, the client sees the reference and what was sent.
 */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
class PublicView extends Div implements LocaleChangeObserver, BeforeEnterObserver, HasDynamicTitle {

    private final IntakeService intake;
    private final CatalogService catalog;
    private final Clock clock;
    private final @Nullable String clientIp;
    private Instant shownAt;

    private final H1 heading = new H1();
    private final Paragraph tagline = new Paragraph();
    private final Div formSection = new Div();
    private final H2 formTitle = new H2();
    private final Paragraph intro = new Paragraph();
    final InquiryForm form;
    final Attachments attachments;
    final Button send = new Button();
    private final Span formError = new Span();
    final Div result = new Div();
    final CompanyAside aside;
    private @Nullable Sent sent;

    /** What the client sent, for the summary after sending. */
    private record Sent(IntakeReceipt receipt, InquiryRequest request, List<String> fileNames) {}

    PublicView(IntakeService intake, CatalogService catalog, Clock clock) {
        this.intake = intake;
        this.catalog = catalog;
        this.clock = clock;
        VaadinRequest request = VaadinRequest.getCurrent();
        this.clientIp = request == null ? null : request.getRemoteAddr();
        this.shownAt = clock.instant();
        this.form = new InquiryForm(intake, catalog);
        this.attachments = new Attachments(intake);
        this.aside = new CompanyAside(catalog);
        addClassName("public-view");

        var header = new Div(new Div(heading, tagline), new LanguageSwitcher());
        header.addClassName("public-header");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-inquiry");
        send.addClickListener(click -> send());
        send.setDisableOnClick(true);
        formError.addClassName("form-error");
        formError.setVisible(false);
        formSection.addClassName("public-form");
        formSection.add(formTitle, intro, form, attachments, formError, send);
        result.addClassName("inquiry-sent");
        result.setVisible(false);
        var columns = new Div(new Div(formSection, result), aside);
        columns.addClassName("public-columns");
        add(header, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("lang")
                .flatMap(Language::fromCode)
                .ifPresent(LanguageSwitcher::switchTo);
        if (sent == null && form.language.getValue() == null) {
            form.reset(Language.of(getLocale()));
        }
    }

    private void send() {
        formError.setVisible(false);
        try {
            var request = form.request();
            if (request.isEmpty()) {
                showFormError("form.checkFields");
                return;
            }
            List<AttachmentUpload> files = attachments.files();
            IntakeReceipt receipt = intake.submit(request.get(), IntakeContext.form(clientIp, shownAt), files);
            sent = new Sent(
                    receipt,
                    request.get(),
                    files.stream().map(AttachmentUpload::fileName).toList());
            showResult();
        } catch (InvalidInquiryException invalid) {
            List<FieldViolation> others = form.show(invalid.violations());
            attachments.show(others);
            showFormError("form.checkFields");
        } catch (RateLimitExceededException limited) {
            showFormError("form.rateLimited", limited.retryAfterMinutes());
        } finally {
            send.setEnabled(true);
        }
    }

    private void showFormError(String key, Object... arguments) {
        formError.setText(getTranslation(key, arguments));
        formError.setVisible(true);
    }

    /** The reference and a summary of what was sent, instead of the form. */
    private void showResult() {
        formSection.setVisible(false);
        result.removeAll();
        result.setVisible(true);
        if (sent == null) {
            return;
        }
        var number = new Span(sent.receipt().reference());
        number.addClassName("reference-number");
        var reference = new Paragraph(new Span(getTranslation("form.reference") + " "), number);
        reference.addClassName("reference");
        var summary = new Div();
        summary.addClassName("sent-summary");
        String line = catalog.activeProductLines().stream()
                .filter(each -> each.code().equals(sent.request().productLine()))
                .map(each -> each.name(Language.of(getLocale())))
                .findFirst()
                .orElse("");
        summary.add(
                fact("form.productLine", line),
                fact("form.subject", sent.request().subject()));
        if (!sent.fileNames().isEmpty()) {
            summary.add(fact("form.attachments", sent.fileNames().stream().collect(Collectors.joining(", "))));
        }
        var another = new Button(getTranslation("form.sendAnother"), click -> sendAnother());
        another.addClassName("send-another");
        result.add(
                new H2(getTranslation("form.thanks")),
                reference,
                summary,
                new Paragraph(getTranslation("form.nextSteps")),
                another);
    }

    private Paragraph fact(String labelKey, @Nullable String value) {
        var label = new Span(getTranslation("form.factLabel", getTranslation(labelKey)));
        label.addClassName("fact-label");
        return new Paragraph(label, new Span(value == null ? "" : value));
    }

    /** A fresh form: nothing of the last inquiry stays, and the fill time counts from now. */
    private void sendAnother() {
        sent = null;
        shownAt = clock.instant();
        form.reset(Language.of(getLocale()));
        attachments.clear();
        result.setVisible(false);
        formSection.setVisible(true);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = Language.of(event.getLocale());
        PageLanguage.follow(event);
        getElement().setAttribute("lang", language.code());
        String companyName = catalog.companyCard().name(language);
        heading.setText(companyName.isBlank() ? getTranslation("public.heading") : companyName);
        tagline.setText(getTranslation("public.tagline"));
        formTitle.setText(getTranslation("form.title"));
        intro.setText(getTranslation("form.intro"));
        send.setText(getTranslation("form.submit"));
        form.translate(event.getLocale());
        attachments.translate();
        aside.show(language);
        if (sent != null) {
            showResult();
        }
    }

    @Override
    public String getPageTitle() {
        String companyName = catalog.companyCard().name(Language.of(getLocale()));
        String title = getTranslation("public.pageTitle");
        return companyName.isBlank() ? title : title + " · " + companyName;
    }
}
