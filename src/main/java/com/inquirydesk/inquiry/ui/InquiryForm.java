package com.inquirydesk.inquiry.ui;

import static com.inquirydesk.inquiry.InquiryLimits.*;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.Language;
import com.inquirydesk.base.RateLimitExceededException;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.IntakeReceipt;
import com.inquirydesk.inquiry.IntakeService;
import com.inquirydesk.inquiry.InvalidInquiryException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The public inquiry form. It hands what the client typed to {@link IntakeService} unchanged and shows the
 * service's verdict: the reference, or a translated message on each refused field.
 */
class InquiryForm extends Div implements LocaleChangeObserver {

    private final IntakeService intake;
    private final Clock clock;

    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    final TextField name = new TextField();
    final TextField company = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final Select<ProductLineSummary> productLine = new Select<>();
    final TextField subject = new TextField();
    final TextArea message = new TextArea();
    private final Span attachmentsLabel = new Span();
    private final Paragraph attachmentsHint = new Paragraph();
    final RadioButtonGroup<Language> replyLanguage = new RadioButtonGroup<>();
    final Checkbox consent = new Checkbox();
    final TextField website = new TextField();
    final Upload attachments;
    final Div attachmentErrors = new Div();
    /** The files uploaded so far, by the name the client's system gave them, each in a temporary file. */
    private final Map<String, Path> pendingFiles = new LinkedHashMap<>();

    final Button submit = new Button();
    final Div errorSummary = new Div();
    final Div confirmation = new Div();
    private final FormLayout fields = new FormLayout();
    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();

    private Instant shownAt;
    private boolean replyLanguageChosen;
    private @Nullable IntakeReceipt lastReceipt;

    InquiryForm(IntakeService intake, List<ProductLineSummary> productLines, Clock clock) {
        this.intake = intake;
        this.clock = clock;
        this.shownAt = clock.instant();
        addClassName("inquiry-form");

        name.setMaxLength(NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        company.setMaxLength(COMPANY_MAX_LENGTH);
        company.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.ORGANIZATION);
        email.setMaxLength(EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        phone.setMaxLength(PHONE_MAX_LENGTH);
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        country.setItems(Arrays.asList(Locale.getISOCountries()));
        country.setClearButtonVisible(true);
        productLine.setItems(productLines);
        productLine.setRequiredIndicatorVisible(true);
        subject.setMaxLength(SUBJECT_MAX_LENGTH);
        subject.setRequiredIndicatorVisible(true);
        message.setMaxLength(MESSAGE_MAX_LENGTH);
        message.setRequiredIndicatorVisible(true);
        message.setMinRows(5);
        message.setValueChangeMode(ValueChangeMode.LAZY);
        message.addValueChangeListener(change -> updateCounter());
        replyLanguage.setItems(Language.values());
        replyLanguage.setItemLabelGenerator(language -> language == Language.ZH ? "中文" : "English");
        replyLanguage.addValueChangeListener(change -> replyLanguageChosen |= change.isFromClient());
        consent.setRequiredIndicatorVisible(true);

        website.addClassName("hp");
        website.setTabIndex(-1);
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");

        attachments = new Upload(this::receive);
        attachments.setMaxFiles(intake.maxAttachments());
        attachments.setMaxFileSize((int) intake.maxAttachmentBytes());
        attachments.setAcceptedFileTypes(intake.acceptedFileExtensions().toArray(String[]::new));
        attachments.addFileRemovedListener(removed -> discard(removed.getFileName()));
        attachments.addFileRejectedListener(rejected -> showAttachmentError(rejected.getErrorMessage()));
        attachments.addClassName("attachments-upload");
        attachmentErrors.addClassName("attachment-errors");
        attachmentErrors.getElement().setAttribute("role", "alert");
        addDetachListener(detach -> discardAll());

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submitInquiry());

        errorSummary.addClassName("form-error");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.setVisible(false);
        confirmation.addClassName("confirmation");
        confirmation.getElement().setAttribute("role", "status");
        confirmation.setVisible(false);

        fieldsByName.put("name", name);
        fieldsByName.put("company", company);
        fieldsByName.put("email", email);
        fieldsByName.put("phone", phone);
        fieldsByName.put("country", country);
        fieldsByName.put("productLine", productLine);
        fieldsByName.put("subject", subject);
        fieldsByName.put("message", message);
        fieldsByName.put("language", replyLanguage);
        fieldsByName.put("consent", consent);

        var attachmentField = new Div(attachmentsLabel, attachmentsHint, attachments, attachmentErrors);
        attachmentField.addClassName("attachment-field");
        fields.add(
                name,
                company,
                email,
                phone,
                country,
                productLine,
                subject,
                message,
                attachmentField,
                replyLanguage,
                consent);
        fields.setColspan(attachmentField, 2);
        fields.setColspan(subject, 2);
        fields.setColspan(message, 2);
        fields.setColspan(replyLanguage, 2);
        fields.setColspan(consent, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(title, intro, confirmation, errorSummary, fields, website, submit);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        Language language = Language.of(locale);
        title.setText(getTranslation("form.title"));
        intro.setText(getTranslation("form.intro"));
        name.setLabel(getTranslation("form.name"));
        company.setLabel(getTranslation("form.company"));
        email.setLabel(getTranslation("form.email"));
        email.setHelperText(getTranslation("form.email.helper"));
        phone.setLabel(getTranslation("form.phone"));
        country.setLabel(getTranslation("form.country"));
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale)))
                .toList());
        productLine.setLabel(getTranslation("form.productLine"));
        productLine.setPlaceholder(getTranslation("form.productLine.placeholder"));
        productLine.setItemLabelGenerator(line -> line.name(language));
        subject.setLabel(getTranslation("form.subject"));
        message.setLabel(getTranslation("form.message"));
        attachmentsLabel.setText(getTranslation("form.attachments"));
        attachmentsLabel.addClassName("field-label");
        attachmentsHint.setText(getTranslation(
                "form.attachments.hint", intake.maxAttachments(), intake.maxAttachmentBytes() / (1024 * 1024)));
        attachmentsHint.addClassName("field-hint");
        attachments.setI18n(uploadTexts());
        replyLanguage.setLabel(getTranslation("form.replyLanguage"));
        if (!replyLanguageChosen) {
            replyLanguage.setValue(language);
        }
        consent.setLabel(getTranslation("form.consent"));
        website.setLabel(getTranslation("form.website"));
        submit.setText(getTranslation("form.submit"));
        updateCounter();
        showReceipt();
        clearErrors();
    }

    private void updateCounter() {
        message.setHelperText(
                getTranslation("form.message.counter", message.getValue().length(), MESSAGE_MAX_LENGTH));
    }

    private void submitInquiry() {
        clearErrors();
        try {
            lastReceipt = intake.submit(toRequest(), IntakeContext.form(clientAddress(), shownAt), uploadedFiles());
            clearFields();
            showReceipt();
        } catch (InvalidInquiryException invalid) {
            showViolations(invalid.violations());
        } catch (RateLimitExceededException exceeded) {
            showError(getTranslation("form.rateLimited", exceeded.retryAfterMinutes()));
        } finally {
            submit.setEnabled(true);
        }
    }

    private InquiryRequest toRequest() {
        return new InquiryRequest(
                name.getValue(),
                company.getValue(),
                email.getValue(),
                phone.getValue(),
                country.getValue(),
                productLine.getValue() == null ? null : productLine.getValue().code(),
                subject.getValue(),
                message.getValue(),
                replyLanguage.getValue() == null
                        ? null
                        : replyLanguage.getValue().code(),
                consent.getValue(),
                website.getValue());
    }

    private void showViolations(List<FieldViolation> violations) {
        for (FieldViolation violation : violations) {
            if (violation.field().equals("attachments")) {
                showAttachmentError(getTranslation(
                        violation.messageKey(), violation.arguments().toArray()));
            }
            Component field = fieldsByName.get(violation.field());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(getTranslation(
                        violation.messageKey(), violation.arguments().toArray()));
                validated.setInvalid(true);
            }
        }
        showError(getTranslation("form.checkFields"));
        violations.stream()
                .map(violation -> fieldsByName.get(violation.field()))
                .filter(Focusable.class::isInstance)
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    private void showError(String text) {
        errorSummary.setText(text);
        errorSummary.setVisible(true);
    }

    private void clearErrors() {
        errorSummary.setVisible(false);
        attachmentErrors.removeAll();
        fieldsByName.values().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    private void clearFields() {
        Language language = replyLanguage.getValue();
        List.of(name, company, phone, subject, website).forEach(TextField::clear);
        email.clear();
        country.clear();
        productLine.clear();
        message.clear();
        consent.clear();
        discardAll();
        attachments.clearFileList();
        replyLanguage.setValue(language);
        shownAt = clock.instant();
    }

    private void showReceipt() {
        confirmation.removeAll();
        if (lastReceipt == null) {
            confirmation.setVisible(false);
            return;
        }
        var reference = new Span(lastReceipt.reference());
        reference.addClassName("reference");
        confirmation.add(
                new Paragraph(getTranslation("form.thanks")),
                new Paragraph(new Span(getTranslation("form.reference") + " "), reference),
                new Paragraph(getTranslation("form.nextSteps")));
        confirmation.setVisible(true);
    }

    /**
     * Receives one file into a temporary file, refusing it at once (with the reason next to the upload) when
     * it is too large, of a type not allowed, or one too many. The same rules run again on submit.
     */
    private void receive(UploadEvent upload) throws IOException {
        Path file = Files.createTempFile("inquiry-upload-", ".part");
        try {
            long limit = intake.maxAttachmentBytes();
            long size = copyAtMost(upload.getInputStream(), file, limit + 1);
            String fileName = upload.getFileName();
            upload.getUI().accessSynchronously(() -> {
                Optional<String> refusal = refusal(fileName, file, size, limit);
                if (refusal.isPresent()) {
                    upload.reject(refusal.get());
                    showAttachmentError(refusal.get());
                    delete(file);
                } else {
                    discard(fileName);
                    pendingFiles.put(fileName, file);
                    attachmentErrors.removeAll();
                }
            });
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private Optional<String> refusal(String fileName, Path file, long size, long limit) {
        if (pendingFiles.size() >= intake.maxAttachments() && !pendingFiles.containsKey(fileName)) {
            return Optional.of(getTranslation("attachment.tooMany", intake.maxAttachments()));
        }
        if (size > limit) {
            return Optional.of(getTranslation("attachment.tooLarge", fileName, limit / (1024 * 1024)));
        }
        try {
            return intake.checkAttachment(new AttachmentUpload(fileName, Files.readAllBytes(file)))
                    .map(violation -> getTranslation(
                            violation.messageKey(), violation.arguments().toArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long copyAtMost(InputStream in, Path file, long maxBytes) throws IOException {
        try (in;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < maxBytes && (n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
            }
            return total;
        }
    }

    private List<AttachmentUpload> uploadedFiles() {
        var files = new ArrayList<AttachmentUpload>();
        pendingFiles.forEach((fileName, file) -> {
            try {
                files.add(new AttachmentUpload(fileName, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return files;
    }

    private void showAttachmentError(String text) {
        attachmentErrors.removeAll();
        attachmentErrors.add(new Paragraph(text));
    }

    private void discard(String fileName) {
        Path file = pendingFiles.remove(fileName);
        if (file != null) {
            delete(file);
        }
    }

    private void discardAll() {
        pendingFiles.values().forEach(InquiryForm::delete);
        pendingFiles.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private UploadI18N uploadTexts() {
        var texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("form.attachments.add"))
                .setMany(getTranslation("form.attachments.add")));
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("form.attachments.drop"))
                .setMany(getTranslation("form.attachments.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("attachment.tooMany", intake.maxAttachments()))
                .setFileIsTooBig(getTranslation("form.attachments.tooBig", intake.maxAttachmentBytes() / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("form.attachments.wrongType")));
        return texts;
    }

    private static @Nullable String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
