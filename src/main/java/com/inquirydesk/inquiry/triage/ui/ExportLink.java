package com.inquirydesk.inquiry.triage.ui;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.export.ExportFailedException;
import com.inquirydesk.base.web.AbortedTransfer;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.export.InquiryCsvExport;
import com.inquirydesk.inquiry.triage.InquiryOrder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The grid's "Export CSV" link: downloads exactly the rows the grid shows, in its order. An export that fails
 * midway must not be saved as a complete file: the transfer is aborted, so the browser marks the download failed,
 * and the page says why.
 */
class ExportLink extends Anchor implements LocaleChangeObserver {

    /** How often the page asks the server while an export runs (no server push here). */
    private static final int EXPORT_POLL_MILLIS = 1000;

    private final InquiryCsvExport exporter;
    private final Supplier<InquiryFilter> filter;
    private final Supplier<List<InquiryOrder>> orders;
    private volatile Language language = Language.EN;

    ExportLink(InquiryCsvExport exporter, Supplier<InquiryFilter> filter, Supplier<List<InquiryOrder>> orders) {
        this.exporter = exporter;
        this.filter = filter;
        this.orders = orders;
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
        InquiryFilter shown = filter.get();
        try {
            download.setFileName(exporter.fileName(shown));
            download.setContentType("text/csv;charset=UTF-8");
            exporter.write(shown, orders.get(), language, download.getOutputStream());
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
