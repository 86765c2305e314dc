package com.inquirydesk.inquiry.intake;

import static com.inquirydesk.inquiry.intake.Zips.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.inquiry.AttachmentUpload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    private static final long MAX = 10L * 1024 * 1024;

    /** The smallest well-formed PDF header and a body; enough for the check, which reads the signature. */
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** The start of a Windows executable. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private final List<FieldViolation> violations = new ArrayList<>();
    private final AtomicLong unpacked = new AtomicLong();

    @Test
    void files_are_accepted_by_their_bytes_and_stored_with_the_type_the_bytes_show() {
        assertThat(accept("quote.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(accept("drawing.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})
                        .contentType())
                .isEqualTo("image/png");
        assertThat(accept("photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                        .contentType())
                .isEqualTo("image/jpeg");
        assertThat(accept("spec.docx", zip("[Content_Types].xml", "word/document.xml"))
                        .contentType())
                .endsWith("wordprocessingml.document");
        assertThat(accept("prices.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))
                        .contentType())
                .endsWith("spreadsheetml.sheet");
        assertThat(accept("需求说明.txt", "高纯铁 5 吨\r\n交货期：一个月\n".getBytes(StandardCharsets.UTF_8))
                        .fileName())
                .isEqualTo("需求说明.txt");
        assertThat(violations).isEmpty();
    }

    @Test
    void a_file_whose_bytes_do_not_match_its_name_is_refused() {
        refuse("invoice.pdf", EXE, "attachment.type");
        refuse("report.pdf", "just text".getBytes(StandardCharsets.UTF_8), "attachment.type");
        refuse("sheet.xlsx", zip("[Content_Types].xml", "word/document.xml"), "attachment.type");
        refuse("archive.docx", zip("payload.exe"), "attachment.type");
        refuse("notes.txt", EXE, "attachment.type");
        refuse("notes.txt", new byte[] {(byte) 0xC3, 0x28}, "attachment.type");
        refuse("tool.exe", EXE, "attachment.type");
        refuse("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8), "attachment.type");
        refuse("noextension", PDF, "attachment.type");
    }

    @Test
    void empty_and_oversize_files_are_refused() {
        refuse("empty.pdf", new byte[0], "attachment.empty");
        byte[] large = Arrays.copyOf(PDF, (int) MAX + 1);
        refuse("large.pdf", large, "attachment.tooLarge");
        assertThat(violations.getLast().arguments()).containsExactly("large.pdf", 10L);
    }

    @Test
    void refuses_a_docx_that_inflates_past_the_bound() {
        byte[] bomb = Zips.docxOfZeros(150);

        refuse("spec.docx", bomb, "attachment.unpacksTooLarge");

        assertThat(violations.getLast().arguments()).containsExactly("spec.docx");
        assertThat(unpacked.get()).isLessThanOrEqualTo(Zips.MEGABYTE + 8 * 1024);
    }

    @Test
    void a_normal_docx_passes_and_its_unpacked_bytes_are_told() {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml", "word/styles.xml");

        accept("spec.docx", docx);

        assertThat(violations).isEmpty();
        assertThat(unpacked.get()).isEqualTo(3 * "<xml/>".length());
    }

    @Test
    void more_files_than_allowed_are_refused_together() {
        var four = List.of(
                new AttachmentUpload("a.pdf", PDF),
                new AttachmentUpload("b.pdf", PDF),
                new AttachmentUpload("c.pdf", PDF),
                new AttachmentUpload("d.pdf", PDF));
        AttachmentRules.checkSizes(four, 3, MAX, violations);
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.messageKey()).isEqualTo("attachment.tooMany");
            assertThat(violation.arguments()).containsExactly(3);
        });
    }

    @Test
    void file_names_lose_paths_and_invisible_characters() {
        assertThat(AttachmentRules.fileName("C:\\Users\\li\\Desktop\\报价.pdf")).isEqualTo("报价.pdf");
        assertThat(AttachmentRules.fileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(AttachmentRules.fileName("in\u202Efdp.exe")).isEqualTo("infdp.exe");
        assertThat(AttachmentRules.fileName("a\r\nb.pdf")).isEqualTo("ab.pdf");
        assertThat(AttachmentRules.fileName("..")).isEqualTo("file");
        assertThat(AttachmentRules.fileName("x".repeat(300) + ".pdf"))
                .hasSize(255)
                .endsWith(".pdf");
    }

    private AttachmentRules.Accepted accept(String name, byte[] content) {
        Optional<AttachmentRules.Accepted> accepted = check(name, content);
        assertThat(accepted).as(name).isPresent();
        return accepted.orElseThrow();
    }

    private void refuse(String name, byte[] content, String reason) {
        int before = violations.size();
        assertThat(check(name, content)).as(name).isEmpty();
        assertThat(violations).hasSize(before + 1);
        assertThat(violations.getLast().messageKey()).as(name).isEqualTo(reason);
    }

    /** Both passes, as the intake runs them: the bytes are looked into only when the size passed. */
    private Optional<AttachmentRules.Accepted> check(String name, byte[] content) {
        var upload = new AttachmentUpload(name, content);
        int before = violations.size();
        AttachmentRules.checkSizes(List.of(upload), 3, MAX, violations);
        if (violations.size() > before) {
            return Optional.empty();
        }
        return AttachmentRules.checkContent(upload, violations, unpacked::addAndGet);
    }
}
