package com.inquirydesk.base.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.export.ExportFailedException;
import com.inquirydesk.base.web.AbortedTransfer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * A grid's "Export CSV" link: downloads exactly the rows the grid shows, as the export writes them. An export that
 * fails midway must not be saved as a complete file: the transfer is aborted, so the browser marks the download
 * failed, and the page says why.
 */
public class CsvExportLink extends Anchor implements LocaleChangeObserver {

    /** How often the page asks the server while an export runs (no server push here). */
    private static final int EXPORT_POLL_MILLIS = 1000;

    /** Writes the file: the rows the grid shows now, names in the page's language. */
    @FunctionalInterface
    public interface CsvWriting {
        void write(Language language, OutputStream out) throws IOException;
    }

    private final Supplier<String> fileName;
    private final Supplier<CsvWriting> export;
    private volatile Language language = Language.EN;

    /**
     * @param fileName the file's name for what the grid shows now
     * @param export the export of what the grid shows now (asked for when the download starts)
     */
    public CsvExportLink(Supplier<String> fileName, Supplier<CsvWriting> export) {
        this.fileName = fileName;
        this.export = export;
        setHref((DownloadHandler) this::download);
        addClassName("export-link");
        getElement().addEventListener("click", click -> {
            Notification.show(getTranslation("grid.exportStarted"), 4000, Notification.Position.BOTTOM_START);
            // no server push: the page asks while the file is made, so that a failure is told at once
            UI.getCurrent().setPollInterval(EXPORT_POLL_MILLIS);
        });
    }

    private void download(DownloadEvent download) throws IOException {
        UI ui = download.getUI();
        CsvWriting shown = export.get();
        try {
            download.setFileName(fileName.get());
            download.setContentType("text/csv;charset=UTF-8");
            shown.write(language, download.getOutputStream());
        } catch (ExportFailedException failed) {
            ui.access(() -> Notification.show(
                            getTranslation("grid.exportFailed"), 10_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
            throw new AbortedTransfer(failed.getMessage()); // the browser sees the download fail
        } finally {
            ui.access(() -> ui.setPollInterval(-1));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setText(getTranslation("grid.export"));
        language = Language.of(event.getLocale());
    }
}
