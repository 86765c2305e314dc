package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.TestProfiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bodies that cannot be read, sent over real HTTP as an attacker or a broken client would: the client's fault,
 * so 400 with a message in the client's language and one WARN line, never a 500 with a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(IntegrationTest.TestClock.class)
@ExtendWith(OutputCaptureExtension.class)
class BrokenBodiesIT {

    /** A multipart body cut off inside its first part: no closing boundary. */
    private static final String TRUNCATED = "--xyz\r\nContent-Disposition: form-data; name=\"inquiry\"\r\n\r\n{";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/inquiries", "/form"})
    void a_truncated_multipart_body_is_400_with_one_warning(String path, CapturedOutput log) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "multipart/form-data; boundary=xyz")
                        .header("Accept-Language", "zh")
                        .POST(HttpRequest.BodyPublishers.ofString(TRUNCATED))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        if (path.startsWith("/api/")) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("多部分请求内容不完整");
        } else {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).contains("<form").contains("表单内容不完整");
        }
        assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ");
    }
}
