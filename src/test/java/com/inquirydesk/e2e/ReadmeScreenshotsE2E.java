package com.inquirydesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.TriageService;
import com.inquirydesk.staff.Role;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The screenshots in the README, taken from the running app with sample inquiries in both languages. They
 * land in {@code target/screenshots}; with {@code -Dinquiry.screenshots.update=true} also in
 * {@code docs/screenshots}, which the README shows.
 */
@TestPropertySource(properties = "inquiry.test.context=screenshots")
class ReadmeScreenshotsE2E extends BrowserTest {

    private static final Path TARGET = Path.of("target", "screenshots");
    private static final Path DOCS = Path.of("docs", "screenshots");

    @Autowired
    IntakeService intake;

    @Autowired
    TriageService triage;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    /**
     * The staff views in the order the README shows them: file name and address ({@code {ref}}: an inquiry,
     * {@code {contact}}: its client's contact).
     */
    private static final String[][] STAFF_VIEWS = {
        {"grid", "/inquiries"},
        {"detail", "/inquiries/{ref}"},
        {"new-inquiry", "/inquiries/new"},
        {"contacts", "/contacts"},
        {"contact", "/contacts/{contact}"},
        {"dashboard", "/dashboard"},
        {"admin-users", "/admin/users"},
        {"admin-product-lines", "/admin/product-lines"},
        {"admin-company", "/admin/company"},
        {"admin-free-mail-domains", "/admin/free-mail-domains"},
        {"admin-outbox", "/admin/outbox"},
        {"admin-mailbox", "/admin/mailbox"},
        {"admin-audit", "/admin/audit"},
        {"account", "/account"},
        {"not-found", "/inquiries-2019"}
    };

    @Test
    void every_screen_in_both_languages() throws IOException {
        String admin = newStaff(Role.ADMIN);
        List<String> references = seedInquiries(admin);
        seedMailbox();
        answerByMail(
                references.get(1),
                "Anna Müller",
                "a.mueller@example.de",
                "Re: Alumina crucibles for 1600 °C",
                "Thank you. Three weeks is fine; please send the quotation with delivery to Hamburg.",
                "> Dear Ms Müller, thank you. 200 crucibles can ship in three weeks.");
        answerByMail(
                references.getLast(),
                "Tom Baker",
                "tom@example.co.uk",
                "Re: Smart controllers",
                "We would start with 50 controllers. Do you ship to the UK?",
                "> We have received your inquiry and will answer within one working day.");

        for (String language : List.of("en", "zh")) {
            open("/?lang=" + language);
            assertThat(page.locator(".inquiry-form")).isVisible();
            shoot("public-" + language);
            openPublicPage("?lang=" + language);
            shoot("form-" + language);
            page.setViewportSize(390, 844);
            open("/?lang=" + language);
            shoot("public-phone-" + language);
            page.setViewportSize(1280, 800);
        }

        open("/?lang=en");
        open("/login");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        shoot("login-en");
        page.locator(".language-switcher").click();
        settle();
        assertThat(page.locator("html")).hasAttribute("lang", "zh");
        shoot("login-zh");
        page.locator(".language-switcher").click();
        settle();

        login(admin, PASSWORD);
        for (String language : List.of("en", "zh")) {
            for (String[] view : STAFF_VIEWS) {
                open(view[1].replace("{ref}", references.get(1)).replace("{contact}", contactOf(references.get(1))));
                assertThat(page.locator("html")).hasAttribute("lang", language);
                if (view[0].equals("dashboard")) {
                    assertThat(page.locator(".chart-canvas svg")).hasCount(4);
                }
                shoot(view[0] + "-" + language);
                if (view[0].equals("detail")) {
                    // the timeline below: the client's answer by mail, its quoted text unfolded
                    var answer = page.locator(".timeline-client_message").first();
                    answer.locator("vaadin-details-summary").click();
                    answer.scrollIntoViewIfNeeded();
                    shoot("detail-conversation-" + language);
                }
            }
            page.setViewportSize(390, 844);
            open("/inquiries");
            assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible();
            shoot("grid-phone-" + language);
            open("/contacts");
            assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible();
            shoot("contacts-phone-" + language);
            // for review only (target/screenshots): the contact's page and the free-mail domains on a phone
            open("/contacts/" + contactOf(references.get(1)));
            review("contact-phone-" + language);
            open("/admin/free-mail-domains");
            review("admin-free-mail-domains-phone-" + language);
            page.setViewportSize(1280, 800);
            page.locator(".language-switcher").click();
            settle();
        }
    }

    private String contactOf(String reference) {
        return jdbc.sql("select contact_id from inquiry where reference = ?")
                .param(reference)
                .query(String.class)
                .single();
    }

    /** A screenshot in target/screenshots only, to look at; the README does not show it. */
    private void review(String name) throws IOException {
        Files.createDirectories(TARGET);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(TARGET.resolve(name + ".png"))
                .setFullPage(false));
    }

    private void shoot(String name) throws IOException {
        Files.createDirectories(TARGET);
        Path file = TARGET.resolve(name + ".png");
        if (name.endsWith("-zh")) {
            assertDrawsChinese();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        if (Boolean.getBoolean("inquiry.screenshots.update")) {
            Files.createDirectories(DOCS);
            Files.copy(file, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Inquiries a sales team would see on a normal day, some already worked on. */
    private List<String> seedInquiries(String staffUser) {
        String[][] samples = {
            {
                "王伟",
                "武汉钢铁贸易有限公司",
                "wang.wei@example.cn",
                "CN",
                "high-purity-iron",
                "高纯铁 5 吨询价",
                "请报价 5 吨纯度 99.95% 的高纯铁，送货到武汉，交货期一个月。",
                "zh"
            },
            {
                "Anna Müller",
                "Keramik Werke GmbH",
                "a.mueller@example.de",
                "DE",
                "ceramics",
                "Alumina crucibles for 1600 °C",
                "We need 200 alumina crucibles for 1600 °C, 250 ml. Please send a quotation and your lead time.",
                "en"
            },
            {
                "李娜",
                "宜昌电机厂",
                "li.na@example.cn",
                "CN",
                "magnetic-materials",
                "钕铁硼磁钢批量采购",
                "我厂每月需要钕铁硼磁钢约 2 万件，请提供规格书和报价。",
                "zh"
            },
            {
                "Rahul Mehta",
                "Mehta Industries",
                "rahul@example.in",
                "IN",
                "natural-gas",
                "Industrial gas supply",
                "Could you supply natural gas for our plant in Yichang? About 3,000 m³ per day.",
                "en"
            },
            {
                "赵磊",
                "绿源园林",
                "zhao.lei@example.cn",
                "CN",
                "seedlings",
                "桂花树苗 500 株",
                "需要胸径 5 公分的桂花树苗 500 株，请报价并说明起苗时间。",
                "zh"
            },
            {
                "Sofia Rossi",
                "Salute Srl",
                "sofia@example.it",
                "IT",
                "health-food",
                "Distribution in Italy",
                "We distribute health food in northern Italy and would like to carry your products.",
                "en"
            },
            {"陈静", "宜昌耐火材料厂", "chen.jing@example.cn", "CN", "ceramics", "碳化硅窑具", "求购碳化硅棚板 300 片，尺寸 500×500×15 mm。", "zh"
            },
            {
                "Tom Baker",
                "Baker Smart Homes",
                "tom@example.co.uk",
                "GB",
                "intelligent-products",
                "Smart controllers",
                "Please send the catalogue of your smart home controllers and the MOQ.",
                "en"
            }
        };
        List<String> references = new ArrayList<>();
        for (String[] sample : samples) {
            references.add(intake.submit(
                            new InquiryRequest(
                                    sample[0], sample[1], sample[2], null, sample[3], sample[4], sample[5], sample[6],
                                    sample[7], true, null),
                            IntakeContext.api("10.70.0.1"))
                    .reference());
        }
        var user = userDetails.loadUserByUsername(staffUser);
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContexts.setContext(context);
        try {
            long me = staff.findByUsername(staffUser).orElseThrow().id();
            String worked = references.get(1);
            triage.assign(worked, triage.details(worked).version(), me);
            triage.changeStatus(worked, triage.details(worked).version(), InquiryStatus.IN_PROGRESS);
            triage.addNote(worked, "Existing customer in Germany; check the 250 ml mould first.");
            triage.reply(
                    worked,
                    "Dear Ms Müller, thank you. 200 crucibles can ship in three weeks; the quotation follows today.");
            String quoted = references.get(0);
            triage.assign(quoted, triage.details(quoted).version(), me);
            triage.changeStatus(quoted, triage.details(quoted).version(), InquiryStatus.IN_PROGRESS);
            triage.changeStatus(quoted, triage.details(quoted).version(), InquiryStatus.QUOTED);
        } finally {
            securityContexts.clearContext();
        }
        return references;
    }

    /**
     * What the mailbox page shows after a day of mail, written as the mailbox reader would leave it (this context
     * has no mailbox to read): messages taken in and one held in quarantine.
     */
    private void seedMailbox() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String[][] messages = {
            {"INQUIRY", "wang.wei@example.cn", "高纯铁 5 吨询价"},
            {"INQUIRY", "tom@example.co.uk", "Smart controllers"},
            {"REPLY", "a.mueller@example.de", "Re: Alumina crucibles for 1600 °C"},
            {"REPLY", "tom@example.co.uk", "Re: Smart controllers"},
            {"BOUNCE", "mailer-daemon@example.net", "Undelivered Mail Returned to Sender"},
            {"AUTO_REPLY", "rahul@example.in", "Out of office"},
            {"QUARANTINED", "zhou.min@example.cn", "报价单"}
        };
        long uid = 1;
        for (String[] message : messages) {
            jdbc.sql("""
                            insert into inbound_message (mailbox, message_key, message_id, uid_validity, uid,
                                received_at, processed_at, from_address, subject, outcome)
                            values ('desk@example.com', ?, ?, 1, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            "screenshot-" + uid,
                            "<screenshot-" + uid + "@example.net>",
                            uid++,
                            now,
                            now,
                            message[1],
                            message[2],
                            message[0])
                    .update();
        }
        long inbound = jdbc.sql("select id from inbound_message where message_key = ?")
                .param("screenshot-" + (uid - 1))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into quarantined_mail (inbound_message_id, reason, detail, from_address, subject,
                            size_bytes, eml, attempts, state, quarantined_at, version)
                        values (?, 'UNKNOWN_CHARSET', 'x-unknown-cp', 'zhou.min@example.cn', '报价单', 2048, ?, 1,
                            'HELD', ?, 0)""")
                .params(inbound, "Subject: ?\r\n\r\n?".getBytes(StandardCharsets.US_ASCII), now)
                .update();
    }

    /** The client's answer by mail, as the mailbox reader files it: in the timeline, and marked in the grid. */
    private void answerByMail(
            String reference, String name, String address, String subject, String text, String quoted) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long inquiry = jdbc.sql("select id from inquiry where reference = ?")
                .param(reference)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into inquiry_message (inquiry_id, received_at, from_name, from_address, subject, body,
                            quoted, automatic, mail_message_id)
                        values (?, ?, ?, ?, ?, ?, ?, false, ?)""")
                .params(
                        inquiry,
                        now,
                        name,
                        address,
                        subject + " [" + reference + "]",
                        text,
                        "On Tue, 1 Dec 2026 at 10:00, Inquiry Desk <desk@example.com> wrote:\n" + quoted,
                        "<answer-" + reference + "@example.net>")
                .update();
        jdbc.sql("update inquiry set client_answered_at = ? where id = ?")
                .params(now, inquiry)
                .update();
    }
}
