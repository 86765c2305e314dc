package com.inquirydesk.inquiry.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.base.Language;
import com.inquirydesk.base.export.CsvCells;
import com.inquirydesk.inquiry.InquirySource;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.Priority;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A corpus of awkward values goes through the CSV writer and comes back the same, and never as a formula. */
class InquiryCsvWriterTest {

    private static final List<String> CORPUS = List.of(
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+41 1234",
            "-2+3",
            "@SUM(A1:A2)",
            "\tindented",
            "\rcarriage",
            "\nnew line first",
            "plain text",
            "He said \"yes\", then left; twice",
            "line one\nline two\r\nline three",
            "高温陶瓷，请报价；谢谢！",
            "😀 emoji 👍🏽",
            "'already quoted",
            "a,b,c",
            " leading space",
            "");

    @Test
    void every_value_parses_back_unchanged_except_the_neutralising_prefix() throws Exception {
        var out = new StringWriter();
        try (var writer =
                new InquiryCsvWriter(out, ZoneId.of("Asia/Shanghai"), id -> "=cmd|' /C calc'!A0", id -> "@staff")) {
            for (String value : CORPUS) {
                writer.write(row(value));
            }
            writer.write(nullsRow());
        }
        String csv = out.toString();

        assertThat(csv).startsWith("\uFEFFreference,received_at,");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(records).hasSize(CORPUS.size() + 1);
        for (int i = 0; i < CORPUS.size(); i++) {
            CSVRecord record = records.get(i);
            String expected = CORPUS.get(i);
            for (String column : List.of("name", "company", "subject", "message")) {
                assertThat(unneutralised(record.get(column)))
                        .as(column + " of " + expected)
                        .isEqualTo(expected);
            }
            assertThat(record.get("product_line")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(record.get("assignee")).isEqualTo("'@staff");
            assertThat(record.get("received_at")).isEqualTo("2026-11-28T16:00:00+08:00");
            assertThat(record.get("hours_to_first_response")).isEqualTo("1.50");
        }
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(cell.isEmpty() || !CsvCells.isDangerous(cell.charAt(0)))
                        .as(cell)
                        .isTrue();
            }
        }
        CSVRecord nulls = records.getLast();
        assertThat(nulls.get("company")).isEmpty();
        assertThat(nulls.get("phone")).isEmpty();
        assertThat(nulls.get("first_response_at")).isEmpty();
        assertThat(nulls.get("hours_to_close")).isEmpty();
    }

    private static String unneutralised(String cell) {
        return cell.startsWith("'") && cell.length() > 1 && CsvCells.isDangerous(cell.charAt(1))
                ? cell.substring(1)
                : cell;
    }

    private static InquiryExportRow row(String value) {
        Instant received = Instant.parse("2026-11-28T08:00:00Z");
        return new InquiryExportRow(
                "INQ-2026-000001",
                received,
                InquiryStatus.NEW,
                Priority.NORMAL,
                1,
                Language.ZH,
                value,
                value,
                "a@example.com",
                "+86 717",
                "CN",
                value,
                value,
                7L,
                received.plusSeconds(5400),
                90,
                null,
                false,
                InquirySource.FORM);
    }

    private static InquiryExportRow nullsRow() {
        return new InquiryExportRow(
                "INQ-2026-000002",
                Instant.parse("2026-11-28T08:00:00Z"),
                InquiryStatus.SPAM,
                Priority.LOW,
                1,
                Language.EN,
                "n",
                null,
                "b@example.com",
                null,
                null,
                "s",
                "m",
                null,
                null,
                null,
                null,
                true,
                InquirySource.API);
    }

    @Test
    void times_are_written_as_the_iso_formatter_writes_them_in_every_kind_of_zone() throws Exception {
        var random = new java.util.Random(7);
        for (String zone : List.of("UTC", "Asia/Shanghai", "America/St_Johns", "Europe/Berlin", "Asia/Kathmandu")) {
            ZoneId id = ZoneId.of(zone);
            var writer = new InquiryCsvWriter(new StringWriter(), id, line -> "", staff -> "");
            for (int i = 0; i < 2_000; i++) {
                long second = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond()
                        + (long) (random.nextDouble() * 60L * 365 * 24 * 3600);
                int nano = switch (i % 4) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(1000) * 1_000_000;
                    case 2 -> random.nextInt(1_000_000) * 1000;
                    default -> random.nextInt(1_000_000_000);
                };
                Instant instant = Instant.ofEpochSecond(second, nano);
                assertThat(writer.time(instant))
                        .as("%s in %s", instant, zone)
                        .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(id)));
            }
        }
    }

    @Test
    void hours_are_rounded_half_up_to_two_decimals() {
        Instant from = Instant.parse("2026-11-28T08:00:00Z");
        for (long seconds = -8_000; seconds <= 200_000; seconds += 1) {
            String expected = BigDecimal.valueOf(seconds)
                    .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP)
                    .toPlainString();
            assertThat(InquiryCsvWriter.hours(from, from.plusSeconds(seconds)))
                    .as("%d s", seconds)
                    .isEqualTo(expected);
        }
        assertThat(InquiryCsvWriter.hours(from, null)).isEmpty();
    }

    @Test
    void the_header_names_every_column_of_the_report() {
        assertThat(new ArrayList<>(InquiryCsvWriter.HEADER))
                .contains("message", "hours_to_first_response", "hours_to_close", "spam", "source")
                .hasSize(20);
    }
}
