package com.inquirydesk.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** The outbox of an app started without {@code spring.mail.host}: no mail can go out, and the outbox says so. */
class OutboxWithoutSmtpIT extends ViewTest {

    @Test
    void without_an_smtp_server_a_banner_says_that_mails_wait_and_how_to_configure_one() {
        login(newStaff("ADMIN"));

        UI.getCurrent().navigate(OutboxView.class);
        var view = _get(OutboxView.class);

        assertThat(view.noSmtpBanner.isVisible()).isTrue();
        assertThat(view.noSmtpBanner.getText())
                .startsWith("No SMTP server is configured")
                .contains("SPRING_MAIL_HOST", "SPRING_MAIL_PORT", "restart");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(LanguageSwitcher.class));
        assertThat(view.noSmtpBanner.getText()).startsWith("未配置 SMTP 服务器").contains("SPRING_MAIL_HOST");
    }
}
