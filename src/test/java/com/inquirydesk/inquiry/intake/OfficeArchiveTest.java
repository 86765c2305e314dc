package com.inquirydesk.inquiry.intake;

import static com.inquirydesk.inquiry.intake.Zips.MEGABYTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.intake.OfficeArchive.Bounds;
import com.inquirydesk.inquiry.intake.OfficeArchive.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OfficeArchiveTest {

    private static final Bounds ATTACHMENTS = Bounds.ATTACHMENTS;
    /** The most a reading may unpack past a bound: one buffer. */
    private static final long ONE_BUFFER = 8 * 1024;

    @Test
    void an_office_file_is_read_to_its_end_and_reports_what_it_unpacked() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", "<w:p>高纯铁 5 吨</w:p>".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        entries.put("word/media/image1.png", random(500_000));
        byte[] docx = Zips.zip(entries);

        var inspection = OfficeArchive.inspect(docx, "word/", ATTACHMENTS);

        assertThat(inspection.verdict()).isEqualTo(Verdict.OFFICE_DOCUMENT);
        assertThat(inspection.entries()).isEqualTo(3);
        assertThat(inspection.unpackedBytes())
                .isEqualTo(entries.values().stream()
                        .mapToLong(content -> content.length)
                        .sum());
    }

    @Test
    void a_part_of_150_mb_of_zeros_is_refused_after_unpacking_little_more_than_a_megabyte() {
        byte[] bomb = Zips.docxOfZeros(150);
        assertThat(bomb.length).isLessThan(MEGABYTE);

        var inspection = OfficeArchive.inspect(bomb, "word/", ATTACHMENTS);

        assertThat(inspection.verdict()).isEqualTo(Verdict.PACKED_TOO_TIGHTLY);
        assertThat(inspection.unpackedBytes()).isBetween(ATTACHMENTS.ratioGraceBytes(), MEGABYTE + ONE_BUFFER);
    }

    @Test
    void many_parts_each_under_the_grace_are_judged_together() {
        byte[] bomb = Zips.docxOfZeros(20, 1);

        var inspection = OfficeArchive.inspect(bomb, "word/", ATTACHMENTS);

        assertThat(inspection.verdict()).isEqualTo(Verdict.PACKED_TOO_TIGHTLY);
        assertThat(inspection.entries()).isEqualTo(2);
        assertThat(inspection.unpackedBytes()).isLessThanOrEqualTo(MEGABYTE + ONE_BUFFER);
    }

    @Test
    void the_reading_stops_one_byte_past_the_unpacked_bound() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/media/image1.png", random(3 * MEGABYTE));
        var bounds = new Bounds(100, MEGABYTE, 100, MEGABYTE);

        var inspection = OfficeArchive.inspect(Zips.zip(entries), "word/", bounds);

        assertThat(inspection.verdict()).isEqualTo(Verdict.UNPACKS_TOO_LARGE);
        assertThat(inspection.unpackedBytes()).isEqualTo(MEGABYTE + 1);
    }

    @Test
    void the_reading_stops_at_the_first_entry_past_the_entry_bound() {
        byte[] zip = Zips.zip("[Content_Types].xml", "word/a.xml", "word/b.xml", "word/c.xml");

        var inspection = OfficeArchive.inspect(zip, "word/", new Bounds(3, MEGABYTE, 100, MEGABYTE));

        assertThat(inspection.verdict()).isEqualTo(Verdict.TOO_MANY_ENTRIES);
        assertThat(inspection.entries()).isEqualTo(4);
    }

    @Test
    void a_zip_without_the_asked_parts_or_cut_short_is_no_office_document() {
        byte[] spreadsheet = Zips.zip("[Content_Types].xml", "xl/workbook.xml");
        byte[] cut = Arrays.copyOf(Zips.zip("[Content_Types].xml", "word/document.xml"), 40);

        assertThat(OfficeArchive.inspect(spreadsheet, "word/", ATTACHMENTS).verdict())
                .isEqualTo(Verdict.NOT_AN_OFFICE_DOCUMENT);
        assertThat(OfficeArchive.inspect(cut, "word/", ATTACHMENTS).verdict())
                .isEqualTo(Verdict.NOT_AN_OFFICE_DOCUMENT);
    }

    /** Bytes that do not pack, like those of a photo. */
    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
