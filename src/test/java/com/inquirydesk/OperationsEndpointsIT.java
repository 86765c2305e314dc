package com.inquirydesk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Health for load balancers, metrics and build info only for the scraper account. */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "inquiry.operations.metrics-password=scrape 47 lantern quartz")
class OperationsEndpointsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntakeService intake;

    @Test
    void liveness_and_readiness_are_open_but_show_anonymous_callers_only_their_status() throws Exception {
        mvc.perform(get("/actuator/health/liveness").with(from("10.90.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness").with(from("10.90.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void the_scraper_sees_the_readiness_of_the_database_and_the_outbox() throws Exception {
        mvc.perform(get("/actuator/health/readiness")
                        .with(from("10.90.0.4"))
                        .with(httpBasic("metrics", "scrape 47 lantern quartz")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.mailOutbox.details.waiting").isNumber());
    }

    /** Spring Security's observations (a timer per filter chain, authentication and authorization) are off. */
    @Test
    void the_scraper_reads_the_timers_of_requests_but_none_per_security_filter() throws Exception {
        mvc.perform(get("/api/product-lines").with(from("10.90.0.5"))).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus")
                        .with(from("10.90.0.5"))
                        .with(httpBasic("metrics", "scrape 47 lantern quartz")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(not(containsString("spring_security"))));
    }

    @Test
    void prometheus_and_info_are_refused_to_anyone_but_the_scraper() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(from("10.90.0.2"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(from("10.90.0.2"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(from("10.90.0.2")).with(httpBasic("metrics", "not the password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_scraper_reads_the_inquiry_metrics_by_source_and_product_line() throws Exception {
        intake.submit(
                new InquiryRequest(
                        "Metrics",
                        null,
                        "metrics-" + UUID.randomUUID() + "@example.com",
                        null,
                        null,
                        "seedlings",
                        "Seedlings",
                        "Please quote.",
                        "en",
                        true,
                        null),
                IntakeContext.api("10.90.0.3"));

        mvc.perform(get("/actuator/prometheus")
                        .with(from("10.90.0.3"))
                        .with(httpBasic("metrics", "scrape 47 lantern quartz")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("inquiry_submitted_total{")))
                .andExpect(content().string(containsString("productLine=\"seedlings\"")))
                .andExpect(content().string(containsString("source=\"API\"")))
                .andExpect(content().string(containsString("inquiry_mail_backlog")));
        mvc.perform(get("/actuator/info")
                        .with(from("10.90.0.3"))
                        .with(httpBasic("metrics", "scrape 47 lantern quartz")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.build.artifact").value("inquiry-desk"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
