package com.inquirydesk.inquiry.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.CompanyCard;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.intake.IntakeService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** What a client sees when the public page fails unexpectedly, e.g. with the database unreachable. */
class PublicPageTest {

    private final IntakeService intake = mock(IntakeService.class);
    private final CatalogService catalog = mock(CatalogService.class);
    private final PublicPage page = new PublicPage(intake, catalog, new FormStamps(Clock.systemUTC()), messages());

    @Test
    void a_failure_while_sending_apologises_in_the_clients_language_and_keeps_what_was_typed() {
        when(catalog.companyCard()).thenReturn(new CompanyCard("", "", "0717-6937697", "a@example.com", "", "", ""));
        when(catalog.activeProductLines()).thenReturn(List.of());
        var posted = new MockHttpServletRequest("POST", "/form");
        posted.addPreferredLocale(Locale.SIMPLIFIED_CHINESE);
        posted.addParameter("name", "陈静");
        posted.addParameter("message", "请报价。");

        ServerResponse response = page.failed(new IllegalStateException("database unreachable"), request(posted));

        assertThat(response.statusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        var model = ((RenderingResponse) response).model();
        assertThat(model.get("formError")).isEqualTo("服务器出现问题，您的咨询未能提交。请几分钟后重试。");
        assertThat(((InquiryRequest) model.get("form")).name()).isEqualTo("陈静");
        assertThat(((InquiryRequest) model.get("form")).message()).isEqualTo("请报价。");
    }

    @Test
    void when_even_the_page_cannot_be_made_the_apology_comes_alone() {
        when(catalog.companyCard()).thenThrow(new IllegalStateException("database unreachable"));
        var shown = new MockHttpServletRequest("GET", "/form");
        shown.addPreferredLocale(Locale.ENGLISH);

        ServerResponse response = page.failed(new IllegalStateException("database unreachable"), request(shown));

        assertThat(response.statusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ServerRequest request(MockHttpServletRequest servlet) {
        return ServerRequest.create(servlet, List.of());
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
