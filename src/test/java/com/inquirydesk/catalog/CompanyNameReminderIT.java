package com.inquirydesk.catalog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators are asked for the company's name above every view until it is set in both languages. */
class CompanyNameReminderIT extends ViewTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CatalogAdministration administration;

    private CompanyCard before;

    @BeforeEach
    void withoutName() {
        before = catalog.companyCard();
        saveNames("", "");
    }

    @AfterEach
    void restore() {
        login(newStaff("ADMIN"));
        administration.updateCompany(before);
    }

    @Test
    void an_administrator_is_asked_for_the_missing_names_with_a_link_to_the_profile() {
        login(newStaff("ADMIN"));

        UI.getCurrent().navigate("inquiries");

        var reminder = _get(CompanyNameReminder.Reminder.class);
        assertThat(reminder.getElement().getTextRecursively())
                .contains("The company name is not set in English and Chinese");
        assertThat(_get(reminder, RouterLink.class).getHref()).isEqualTo("admin/company");
    }

    @Test
    void the_reminder_names_only_the_language_still_missing_and_goes_once_both_are_set() {
        saveNames("Yichang Example Technology Co., Ltd.", "");
        login(newStaff("ADMIN"));

        UI.getCurrent().navigate("dashboard");
        assertThat(_get(CompanyNameReminder.Reminder.class).getElement().getTextRecursively())
                .contains("not set in Chinese:");

        saveNames("Yichang Example Technology Co., Ltd.", "宜昌示例科技有限公司");
        UI.getCurrent().navigate("inquiries");
        assertThat(_find(CompanyNameReminder.Reminder.class)).isEmpty();
    }

    @Test
    void the_reminder_follows_the_language() {
        login(newStaff("ADMIN"));
        UI.getCurrent().navigate("inquiries");

        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);

        assertThat(_get(CompanyNameReminder.Reminder.class).getElement().getTextRecursively())
                .contains("尚未设置英文和中文公司名称", "在公司资料中设置");
    }

    @Test
    void managers_and_sales_are_not_asked() {
        for (String role : new String[] {"SALES", "MANAGER"}) {
            login(newStaff(role));
            UI.getCurrent().navigate("inquiries");
            assertThat(_find(CompanyNameReminder.Reminder.class)).as(role).isEmpty();
        }
    }

    private void saveNames(String nameEn, String nameZh) {
        login(newStaff("ADMIN"));
        var card = catalog.companyCard();
        administration.updateCompany(new CompanyCard(
                nameEn, nameZh, card.tel(), card.email(), card.postCode(), card.addressEn(), card.addressZh()));
    }
}
