package com.inquirydesk.contact;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Administrators extend the free-mail domains: a domain added takes its people out of the organisation it made,
 * a domain removed groups them into one, each change audited; a bad domain is refused with a translated message
 * and changes nothing.
 */
class FreeMailDomainsIT extends ViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FreeMailAdministration administration;

    Filing filing;

    @BeforeEach
    void filing() {
        filing = new Filing(intake, clock, jdbc);
    }

    @Test
    void a_domain_added_takes_its_people_out_of_their_organisation_and_the_next_client_joins_none() {
        String domain = Filing.unique() + "-mail.example.net";
        long first = filing.contactOf(submit("李雷", "li.lei@" + domain));
        assertThat(filing.organisationOf(first)).isNotNull();
        String admin = newStaff("ADMIN");
        login(admin);

        UI.getCurrent().navigate(FreeMailDomainsView.class);
        var view = _get(FreeMailDomainsView.class);
        view.domain.setValue("  @" + domain.toUpperCase(Locale.ROOT) + " ");
        _click(view.add);

        assertThat(view.domain.isInvalid()).isFalse();
        assertThat(GridKt._findAll(view.grid)).contains(domain).contains("163.com");
        assertThat(filing.organisationOf(first)).isNull();
        assertThat(count("select count(*) from organisation where domain = ?", domain))
                .isZero();
        assertThat(filing.organisationOf(filing.contactOf(submit("韩梅梅", "han.meimei@" + domain))))
                .isNull();
        assertThat(count(
                        "select count(*) from audit_entry where actor = ? and action = 'freeMail.added' and target = ?",
                        admin,
                        "mailDomain:" + domain))
                .isOne();
    }

    @Test
    void a_domain_removed_groups_its_people_into_one_organisation_named_after_it() {
        String domain = Filing.unique() + "-free.example.org";
        String admin = newStaff("ADMIN");
        login(admin);
        administration.add(domain);
        long zhang = filing.contactOf(submit("张伟", "zhang@" + domain));
        long wang = filing.contactOf(submit("王芳", "wang@" + domain));
        assertThat(filing.organisationOf(zhang)).isNull();

        UI.getCurrent().navigate(FreeMailDomainsView.class);
        var view = _get(FreeMailDomainsView.class);
        _click(rowAction(view.grid, domain::equals, "Remove"));
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Remove")));

        assertThat(GridKt._findAll(view.grid)).doesNotContain(domain);
        Long organisation = filing.organisationOf(zhang);
        assertThat(organisation).isNotNull().isEqualTo(filing.organisationOf(wang));
        assertThat(jdbc.sql("select name from organisation where id = ?")
                        .param(organisation)
                        .query(String.class)
                        .single())
                .isEqualTo(domain);
        assertThat(filing.organisationOf(filing.contactOf(submit("刘洋", "liu@" + domain))))
                .isEqualTo(organisation);
        assertThat(count(
                        "select count(*) from audit_entry where actor = ? and action = 'freeMail.removed' and target = ?",
                        admin,
                        "mailDomain:" + domain))
                .isOne();
    }

    @Test
    void a_malformed_or_listed_domain_is_refused_with_a_translated_message_and_nothing_changes() {
        login(newStaff("ADMIN"));
        UI.getCurrent().navigate(FreeMailDomainsView.class);
        var view = _get(FreeMailDomainsView.class);
        long before = count("select count(*) from free_mail_domain");

        view.domain.setValue("not a domain");
        _click(view.add);
        assertThat(view.domain.isInvalid()).isTrue();
        assertThat(view.domain.getErrorMessage()).isEqualTo("Enter a mail domain, e.g. example.com.");

        view.domain.setValue("QQ.com");
        _click(view.add);
        assertThat(view.domain.getErrorMessage()).isEqualTo("This domain is on the list already.");

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        view.domain.setValue("example..com");
        _click(view.add);
        assertThat(view.domain.getErrorMessage()).isEqualTo("请输入邮箱域名，例如 example.com。");

        view.domain.setValue("");
        _click(view.add);
        assertThat(view.domain.isInvalid()).isTrue();
        assertThat(count("select count(*) from free_mail_domain")).isEqualTo(before);
        assertThatThrownBy(() -> administration.remove("never-listed.example.com"))
                .isInstanceOf(com.inquirydesk.base.InvalidInputException.class);
    }

    @Test
    void only_administrators_change_the_list() {
        login(newStaff("SALES"));
        assertThatThrownBy(() -> administration.add(Filing.unique() + ".example.com"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.remove("163.com")).isInstanceOf(AccessDeniedException.class);
        login(newStaff("MANAGER"));
        assertThatThrownBy(() -> administration.domains()).isInstanceOf(AccessDeniedException.class);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private String submit(String name, String email) {
        return filing.submit(Filing.request(name, email, null, "CN", "ceramics", "询价"), "10.9.6.1");
    }
}
