package com.inquirydesk.inquiry.intake.ui;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.inquiry.AttachmentUpload;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of an inquiry, chosen with Vaadin's {@code Upload}. The browser refuses a file over the count, the
 * size or of another type as it is chosen; the server then reads each file's bytes by the intake's rules as soon
 * as it has arrived, and the send checks them all once more. A refusal names the file.
 */
public class Attachments extends Div {

    private static final long MEGABYTE = 1024 * 1024;

    private final IntakeService intake;
    private final Upload upload;
    private final Span hint = new Span();
    private final Span errors = new Span();
    /** Received files by name, in memory until the inquiry is sent: at most three of 10 MB. */
    private final Map<String, AttachmentUpload> files = new ConcurrentHashMap<>();

    public Attachments(IntakeService intake) {
        this.intake = intake;
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(), bytes)));
        upload.setMaxFiles(intake.maxAttachments());
        upload.setMaxFileSize(Math.toIntExact(intake.maxAttachmentBytes()));
        upload.setAcceptedFileTypes(intake.acceptedFileExtensions().toArray(String[]::new));
        upload.addFileRejectedListener(rejected -> refuse(rejected.getFileName(), rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> files.remove(removed.getFileName()));
        hint.addClassName("attachments-hint");
        errors.addClassName("attachments-error");
        errors.setVisible(false);
        addClassName("attachments");
        add(upload, hint, errors);
    }

    /** The files received and accepted so far, in the order they were chosen. */
    public List<AttachmentUpload> files() {
        return new ArrayList<>(files.values());
    }

    void clear() {
        files.clear();
        upload.clearFileList();
        errors.setVisible(false);
    }

    /** Shows what the intake refused about the files, each message naming its file. */
    public void show(List<FieldViolation> violations) {
        var text = new StringBuilder();
        for (FieldViolation violation : violations) {
            text.append(getTranslation(
                            violation.messageKey(), violation.arguments().toArray()))
                    .append(' ');
        }
        errors.setText(text.toString().strip());
        errors.setVisible(!text.isEmpty());
    }

    /** Checks a file as soon as its bytes have arrived; keeps it only when the intake accepts it. */
    private void received(String fileName, byte[] bytes) {
        var file = new AttachmentUpload(fileName, bytes);
        List<FieldViolation> problems = intake.checkFile(file);
        if (problems.isEmpty()) {
            files.put(fileName, file);
        }
        Command update = () -> {
            if (problems.isEmpty()) {
                errors.setVisible(false);
            } else {
                show(problems);
            }
        };
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.hasLock()) {
            update.execute();
        } else {
            getUI().ifPresent(ui -> ui.access(update));
        }
    }

    /** The browser's refusal, by the texts {@link #translate} gave it, as a message naming the file. */
    private void refuse(String fileName, String reason) {
        long megabytes = intake.maxAttachmentBytes() / MEGABYTE;
        String message;
        if (reason.equals(getTranslation("upload.tooBig"))) {
            message = getTranslation("attachment.tooLarge", fileName, megabytes);
        } else if (reason.equals(getTranslation("upload.tooMany"))) {
            message = getTranslation("attachment.tooMany", intake.maxAttachments());
        } else {
            message = getTranslation("attachment.extension", fileName);
        }
        errors.setText(message);
        errors.setVisible(true);
    }

    /** The upload's own texts and the hint, in the visitor's language. */
    public void translate() {
        var i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("upload.add"))
                        .setMany(getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("upload.drop"))
                        .setMany(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.tooMany"))
                        .setFileIsTooBig(getTranslation("upload.tooBig"))
                        .setIncorrectFileType(getTranslation("upload.wrongType")));
        upload.setI18n(i18n);
        hint.setText(getTranslation(
                "form.attachments.hint", intake.maxAttachments(), intake.maxAttachmentBytes() / MEGABYTE));
    }
}
