package com.inquirydesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An inquiry stored before a restart is still there after it: the database is a file, not memory. */
class RestartIT {

    @Test
    void an_inquiry_survives_a_restart_of_the_application(@TempDir Path dataDir) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        if (!TestProfiles.onPostgres()) {
            arguments.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("inquirydesk"));
        }
        String email = "restart-" + UUID.randomUUID() + "@example.com";

        String reference;
        try (var first = start(arguments)) {
            reference = first.getBean(IntakeService.class)
                    .submit(
                            new InquiryRequest(
                                    "陈静",
                                    null,
                                    email,
                                    null,
                                    null,
                                    "seedlings",
                                    "苗木采购",
                                    "需要银杏苗 3000 株。",
                                    "zh",
                                    true,
                                    null),
                            IntakeContext.api("10.3.0.1"))
                    .reference();
        }

        try (var second = start(arguments)) {
            var stored = second.getBean(JdbcClient.class)
                    .sql("select email, message from inquiry where reference = ?")
                    .param(reference)
                    .query()
                    .singleRow();
            assertThat(stored.values()).containsExactly(email, "需要银杏苗 3000 株。");
        }
    }

    private static ConfigurableApplicationContext start(List<String> arguments) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestProfiles.active())
                .run(arguments.toArray(String[]::new));
    }
}
