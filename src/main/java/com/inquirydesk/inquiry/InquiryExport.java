package com.inquirydesk.inquiry;

import com.inquirydesk.base.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes exactly what the grid shows to a file. The reporting module provides it; the grid only knows this
 * interface, so the two modules do not depend on each other in a circle.
 */
public interface InquiryExport {

    /** A file name that says what the file holds, e.g. {@code inquiries-2026-11-28-NEW-ceramics.csv}. */
    String fileName(InquiryFilter filter);

    /**
     * Streams the rows the filter selects, in the grid's order, as CSV.
     *
     * @param language the language of product line names and the header
     */
    void write(InquiryFilter filter, List<InquiryOrder> orders, Language language, OutputStream out) throws IOException;
}
