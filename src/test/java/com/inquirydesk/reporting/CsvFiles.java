package com.inquirydesk.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a downloaded CSV back into records by header name, skipping the byte order mark. */
final class CsvFiles {

    private CsvFiles() {}

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))
                .getRecords();
    }
}
