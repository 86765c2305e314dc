package com.inquirydesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.base.Language;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffAccount;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A login through the login page as a browser does it: the app starts in the language the person prefers, whatever
 * the login page's, and the account's last login is recorded.
 */
class StaffLanguageE2E extends BrowserTest {

    @Test
    void a_salesperson_who_prefers_chinese_gets_the_app_in_chinese_after_logging_in_on_the_english_page() {
        String sales = newStaff(Role.SALES);
        long id = account(sales).id();
        asAdmin(() -> staff.update(id, "王芳", null, Role.SALES, Language.ZH));
        Instant before = Instant.now().minusSeconds(1);

        open("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        login(sales, PASSWORD);

        assertThat(page.locator("html")).hasAttribute("lang", "zh");
        assertThat(button("退出登录")).isVisible();
        assertThat(account(sales).lastLoginAt()).isNotNull().isAfter(before);

        button("English").click();
        settle();
        open("/inquiries");
        // the switch holds for the rest of the visit
        assertThat(button("Log out")).isVisible();
    }

    @Test
    void a_person_without_a_preferred_language_keeps_the_login_pages() {
        String sales = newStaff(Role.SALES);
        assertThat(account(sales).lastLoginAt()).isNull();

        login(sales, PASSWORD);

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(button("Log out")).isVisible();
        assertThat(account(sales).lastLoginAt()).isNotNull();
    }

    private StaffAccount account(String username) {
        var found = new AtomicReference<StaffAccount>();
        asAdmin(() -> found.set(staff.accounts().stream()
                .filter(account -> account.username().equals(username))
                .findFirst()
                .orElseThrow()));
        return found.get();
    }
}
