package com.inquirydesk.base.export;

import java.io.IOException;

/**
 * An export that stopped before its last row. Whoever sends the file must make the transfer fail (abort it, or
 * answer with an error if nothing was sent yet), so that a partial file never looks complete.
 */
public class ExportFailedException extends IOException {

    private final long rowsWritten;

    public ExportFailedException(String report, long rowsWritten, Throwable cause) {
        super("The " + report + " export failed after " + rowsWritten + " rows", cause);
        this.rowsWritten = rowsWritten;
    }

    public long rowsWritten() {
        return rowsWritten;
    }
}
