package com.inquirydesk.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeBodyPart;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    private static String name(String contentDisposition) throws Exception {
        var part = new MimeBodyPart();
        part.setHeader("Content-Type", "application/octet-stream");
        part.setHeader("Content-Disposition", contentDisposition);
        return AttachmentNames.of(part);
    }

    @Test
    void decodes_encoded_words_and_rfc2231_names() throws Exception {
        assertThat(name("attachment; filename=\"=?UTF-8?B?5oql5Lu35Y2V?=.pdf\""))
                .isEqualTo("报价单.pdf");
        assertThat(name("attachment; filename*=UTF-8''%E6%8A%A5%E4%BB%B7.pdf")).isEqualTo("报价.pdf");
    }

    @Test
    void drops_folders_from_a_name() throws Exception {
        assertThat(name("attachment; filename=\"../../etc/passwd\"")).isEqualTo("passwd");
        assertThat(name("attachment; filename=\"C:\\\\temp\\\\a.exe\"")).isEqualTo("a.exe");
        assertThat(name("attachment; filename=\"..\"")).isNull();
        assertThat(name("attachment")).isNull();
    }

    @Test
    void gives_unnamed_files_a_name_from_their_type_and_place() {
        assertThat(AttachmentNames.fallback("image/png", 2, List.of())).isEqualTo("image-2.png");
        assertThat(AttachmentNames.fallback("application/x-unknown", 1, List.of()))
                .isEqualTo("attachment-1.bin");
        assertThat(AttachmentNames.fallback("message/rfc822", 1, List.of())).isEqualTo("forwarded.eml");
        var first = new MailPart("forwarded.eml", "message/rfc822", new byte[0], false);
        assertThat(AttachmentNames.fallback("message/rfc822", 2, List.of(first)))
                .isEqualTo("forwarded-2.eml");
    }
}
