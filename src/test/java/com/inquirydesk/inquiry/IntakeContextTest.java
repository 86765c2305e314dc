package com.inquirydesk.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntakeContextTest {

    @Test
    void staff_cannot_enter_an_inquiry_as_if_the_client_had_used_the_form_or_the_api() {
        for (InquirySource clients : new InquirySource[] {InquirySource.FORM, InquirySource.API}) {
            assertThatThrownBy(() -> IntakeContext.staff(clients, "li.na", "By phone", true))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_staff_entry_acknowledges_only_when_asked_and_a_client_submission_always() {
        assertThat(IntakeContext.staff(InquirySource.VISIT, "li.na", "At our office", false)
                        .acknowledge())
                .isFalse();
        assertThat(IntakeContext.staff(InquirySource.VISIT, "li.na", "At our office", true)
                        .acknowledge())
                .isTrue();
        assertThat(IntakeContext.form("10.0.0.1", null).acknowledge()).isTrue();
        assertThat(IntakeContext.api("10.0.0.1").acknowledge()).isTrue();
        assertThat(IntakeContext.api("10.0.0.1").byStaff()).isFalse();
    }
}
