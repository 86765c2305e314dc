package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.base.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InquiryRequestTest {

    @Test
    void a_posted_form_is_read_by_field_name_and_a_ticked_box_is_consent() {
        var request = InquiryRequest.fromFields(Map.of(
                "name", List.of("王伟", "ignored"),
                "email", List.of("wang@example.cn"),
                "consent", List.of("on"),
                "language", List.of("zh")));
        assertThat(request.name()).isEqualTo("王伟");
        assertThat(request.email()).isEqualTo("wang@example.cn");
        assertThat(request.consent()).isTrue();
        assertThat(request.company()).isNull();
        assertThat(request.language()).isEqualTo("zh");
    }

    @Test
    void an_unticked_or_blank_box_is_no_consent() {
        assertThat(InquiryRequest.fromFields(Map.of()).consent()).isFalse();
        assertThat(InquiryRequest.fromFields(Map.of("consent", List.of(" "))).consent())
                .isFalse();
    }

    @Test
    void the_default_language_applies_only_when_the_request_names_none() {
        var blank = InquiryRequest.blank(Language.ZH);
        assertThat(blank.language()).isEqualTo("zh");
        assertThat(blank.withDefaultLanguage(Language.EN)).isSameAs(blank);
        var none = InquiryRequest.fromFields(Map.of());
        assertThat(none.withDefaultLanguage(Language.ZH).language()).isEqualTo("zh");
    }
}
