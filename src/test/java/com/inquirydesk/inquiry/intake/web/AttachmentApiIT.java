package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.inquiry.intake.Zips;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Files with an inquiry through the REST API: checked by their bytes, stored with the inquiry or not at all. */
@IntegrationTest
@AutoConfigureMockMvc
class AttachmentApiIT {

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void an_inquiry_with_a_pdf_is_stored_with_the_file_byte_for_byte() throws Exception {
        Map<String, Object> body = InquiryIntakeControllerIT.validBody();
        String response = mvc.perform(request(body, file("报价单.pdf", "application/pdf", PDF)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();

        String reference = json.readTree(response).get("reference").asString();
        var row = jdbc.sql("""
                        select a.file_name, a.content_type, a.size_bytes, c.content
                        from inquiry_attachment a
                        join inquiry i on i.id = a.inquiry_id
                        join attachment_content c on c.attachment_id = a.id
                        where i.reference = ?""").param(reference).query().singleRow();
        assertThat(row.get("file_name")).isEqualTo("报价单.pdf");
        assertThat(row.get("content_type")).isEqualTo("application/pdf");
        assertThat(((Number) row.get("size_bytes")).longValue()).isEqualTo(PDF.length);
        assertThat((byte[]) row.get("content")).isEqualTo(PDF);
    }

    static Stream<Arguments> refusedFiles() {
        byte[] oversize = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        return Stream.of(
                Arguments.of(
                        "an oversize file",
                        new MockMultipartFile[] {file("big.pdf", "application/pdf", oversize)},
                        "big.pdf is larger than 10 MB."),
                Arguments.of(
                        "an executable renamed to .pdf",
                        new MockMultipartFile[] {file("invoice.pdf", "application/pdf", EXE)},
                        "invoice.pdf is not a PDF, image, Office document or plain text file (its content was checked)."),
                Arguments.of(
                        "four files",
                        new MockMultipartFile[] {
                            file("a.pdf", "application/pdf", PDF),
                            file("b.pdf", "application/pdf", PDF),
                            file("c.pdf", "application/pdf", PDF),
                            file("d.pdf", "application/pdf", PDF)
                        },
                        "Please attach at most 3 files."),
                Arguments.of(
                        "a docx that unpacks to 150 MB",
                        new MockMultipartFile[] {file("spec.docx", DOCX, Zips.docxOfZeros(150))},
                        "spec.docx unpacks to too much data or too many parts to be checked."
                                + " Please send it as a PDF or a smaller file."),
                Arguments.of(
                        "an empty file",
                        new MockMultipartFile[] {file("empty.txt", "text/plain", new byte[0])},
                        "empty.txt is empty."));
    }

    @ParameterizedTest(name = "{0} is refused and nothing is stored")
    @MethodSource("refusedFiles")
    void refused_files_leave_nothing_behind(String what, MockMultipartFile[] files, String message) throws Exception {
        Map<String, Object> body = InquiryIntakeControllerIT.validBody();
        long attachmentsBefore = count("inquiry_attachment");
        long contentsBefore = count("attachment_content");

        mvc.perform(request(body, files))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'attachments')].message", org.hamcrest.Matchers.hasItem(message)));

        assertThat(jdbc.sql("select count(*) from inquiry where email = ?")
                        .param(body.get("email"))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(count("inquiry_attachment")).isEqualTo(attachmentsBefore);
        assertThat(count("attachment_content")).isEqualTo(contentsBefore);
    }

    @Test
    void the_refusal_is_in_the_language_of_the_request() throws Exception {
        mvc.perform(request(InquiryIntakeControllerIT.validBody(), file("发票.pdf", "application/pdf", EXE))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'attachments')].message",
                        org.hamcrest.Matchers.hasItem("发票.pdf 不是 PDF、图片、Office 文档或纯文本文件（已检查其内容）。")));
    }

    private MockMultipartHttpServletRequestBuilder request(Map<String, Object> body, MockMultipartFile... files)
            throws Exception {
        var request = multipart("/api/inquiries");
        request.file(
                new MockMultipartFile("inquiry", "", MediaType.APPLICATION_JSON_VALUE, json.writeValueAsBytes(body)));
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        int n = ADDRESSES.incrementAndGet();
        request.with(mock -> {
            mock.setRemoteAddr("10.2.%d.%d".formatted(n / 250, n % 250 + 1));
            return mock;
        });
        return request;
    }

    private static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("attachments", name, type, content);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
