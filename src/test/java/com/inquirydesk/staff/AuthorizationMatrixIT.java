package com.inquirydesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inquirydesk.ViewTest;
import com.inquirydesk.audit.AuditTrail;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogAdministration;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineDraft;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.GridQueries;
import com.inquirydesk.notification.OutboxAdministration;
import com.inquirydesk.notification.OutboxFilter;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;

/** Every route and endpoint for anonymous visitors and each role: exactly the designed answer. */
@AutoConfigureMockMvc
class AuthorizationMatrixIT extends ViewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IntakeService intake;

    @Autowired
    GridQueries queries;

    @Autowired
    StaffService staff;

    @Autowired
    CatalogAdministration catalogAdministration;

    @Autowired
    CatalogService catalog;

    @Autowired
    OutboxAdministration outbox;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} opening /{1} sees {2}")
    @CsvSource({
        "anonymous, login,                 LoginView",
        "anonymous, inquiries,             LoginView",
        "anonymous, inquiries/REFERENCE,   LoginView",
        "anonymous, inquiries/new,         LoginView",
        "SALES,     login,                 InquiriesView",
        "SALES,     inquiries,             InquiriesView",
        "SALES,     inquiries/REFERENCE,   InquiryDetailView",
        "SALES,     inquiries/new,         NewInquiryView",
        "MANAGER,   inquiries,             InquiriesView",
        "MANAGER,   inquiries/REFERENCE,   InquiryDetailView",
        "MANAGER,   inquiries/new,         NewInquiryView",
        "anonymous, contacts,              LoginView",
        "anonymous, contacts/CONTACT,      LoginView",
        "SALES,     contacts,              ContactsView",
        "SALES,     contacts/CONTACT,      ContactView",
        "MANAGER,   contacts/CONTACT,      ContactView",
        "ADMIN,     contacts,              ContactsView",
        "SALES,     contacts/0,            NotFoundView",
        "SALES,     contacts/x,            NotFoundView",
        "anonymous, organisations/1,       LoginView",
        "SALES,     organisations/0,       NotFoundView",
        "SALES,     dashboard,             AccessDeniedView",
        "MANAGER,   dashboard,             DashboardView",
        "ADMIN,     inquiries,             InquiriesView",
        "ADMIN,     inquiries/REFERENCE,   InquiryDetailView",
        "ADMIN,     inquiries/new,         NewInquiryView",
        "anonymous, admin/users,           LoginView",
        "anonymous, admin/product-lines,   LoginView",
        "anonymous, admin/company,         LoginView",
        "anonymous, admin/outbox,          LoginView",
        "anonymous, admin/mailbox,         LoginView",
        "anonymous, admin/audit,           LoginView",
        "anonymous, admin/free-mail-domains, LoginView",
        "anonymous, account,               LoginView",
        "SALES,     admin/users,           AccessDeniedView",
        "SALES,     admin/product-lines,   AccessDeniedView",
        "SALES,     admin/company,         AccessDeniedView",
        "SALES,     admin/outbox,          AccessDeniedView",
        "SALES,     admin/mailbox,         AccessDeniedView",
        "SALES,     admin/audit,           AccessDeniedView",
        "SALES,     admin/free-mail-domains, AccessDeniedView",
        "MANAGER,   admin/users,           AccessDeniedView",
        "MANAGER,   admin/product-lines,   AccessDeniedView",
        "MANAGER,   admin/company,         AccessDeniedView",
        "MANAGER,   admin/outbox,          AccessDeniedView",
        "MANAGER,   admin/mailbox,         AccessDeniedView",
        "MANAGER,   admin/audit,           AccessDeniedView",
        "MANAGER,   admin/free-mail-domains, AccessDeniedView",
        "SALES,     account,               AccountView",
        "ADMIN,     admin/users,           UsersView",
        "ADMIN,     admin/product-lines,   ProductLinesView",
        "ADMIN,     admin/company,         CompanyProfileView",
        "ADMIN,     admin/outbox,          OutboxView",
        "ADMIN,     admin/mailbox,         MailboxView",
        "ADMIN,     admin/audit,           AuditView",
        "ADMIN,     admin/free-mail-domains, FreeMailDomainsView"
    })
    void views(String who, String route, String expectedView) {
        String reference = intake.submit(
                        new InquiryRequest(
                                "Matrix",
                                null,
                                "matrix-" + UUID.randomUUID() + "@example.com",
                                null,
                                null,
                                "ceramics",
                                "Matrix",
                                "Matrix",
                                "en",
                                true,
                                null),
                        IntakeContext.api("10.9.0.1"))
                .reference();
        if (!who.equals("anonymous")) {
            login(newStaff(who));
        }

        String contact = jdbc.sql("select contact_id from inquiry where reference = ?")
                .param(reference)
                .query(String.class)
                .single();
        UI.getCurrent().navigate(route.replace("REFERENCE", reference).replace("CONTACT", contact));

        Object view =
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(view.getClass().getSimpleName()).isEqualTo(expectedView);
    }

    @ParameterizedTest(name = "{0} {1} {2} answers {3}")
    @CsvSource({
        "anonymous, GET,  /api/product-lines,   200",
        "anonymous, POST, /api/inquiries,       400",
        "anonymous, GET,  /api/openapi,         200",
        "anonymous, GET,  /actuator/health,     200",
        "anonymous, GET,  /api/reports/x.csv,   401",
        "anonymous, GET,  /api/inquiries,       401",
        "wrong,     GET,  /api/reports/x.csv,   401",
        "anonymous, GET,  /api/reports/contacts.csv,              401",
        "SALES,     GET,  /api/reports/contacts.csv,              403",
        "MANAGER,   GET,  /api/reports/contacts.csv,              200",
        "MANAGER,   GET,  /api/reports/contacts.csv?country=DE,   200",
        "MANAGER,   GET,  /api/reports/contacts.csv?country=XX,   400",
        "MANAGER,   GET,  /api/reports/contacts.csv?organisation=x, 400",
        "MANAGER,   GET,  /api/reports/contacts.csv?from=yesterday, 400",
        "MANAGER,   GET,  /api/reports/contacts.csv?status=NEW,   400",
        "SALES,     GET,  /api/product-lines,   200",
        "SALES,     POST, /api/inquiries,       400"
    })
    void endpoints(String who, String method, String path, int expected) throws Exception {
        var request = method.equals("GET")
                ? get(path)
                : post(path).contentType(MediaType.APPLICATION_JSON).content("{}");
        if (who.equals("wrong")) {
            request.with(httpBasic("nobody", "not the password"));
        } else if (!who.equals("anonymous")) {
            request.with(httpBasic(newStaff(who), "a long enough password"));
        }
        request.with(mock -> {
            mock.setRemoteAddr("10.9.1." + (path.length() % 200));
            return mock;
        });

        mvc.perform(request).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} is refused every administrative method")
    @CsvSource({"SALES", "MANAGER"})
    void administrative_methods_refuse_everyone_but_administrators(String role) {
        login(newStaff(role));
        var draft = new ProductLineDraft("denied", "Denied", "拒绝", "", "", 1, List.of(), List.of(), "", "");
        List<ThrowingCallable> calls = List.of(
                () -> staff.accounts(),
                () -> staff.createAccount("denied", "Denied", null, Role.ADMIN, Language.EN, "Kiln quartz 47 lantern"),
                () -> staff.setEnabled(1, false),
                () -> staff.update(1, "Denied", null, Role.ADMIN, Language.EN),
                () -> staff.resetPassword(1, "Kiln quartz 47 lantern"),
                () -> catalogAdministration.productLines(),
                () -> catalogAdministration.create(draft),
                () -> catalogAdministration.setActive(1, false),
                () -> catalogAdministration.updateCompany(catalog.companyCard()),
                () -> outbox.newestFirst(new OutboxFilter(null, null), 0, 10),
                () -> outbox.retry(1),
                () -> outbox.cancel(1),
                () -> audit.newestFirst(null, null, 0, 10));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void staff_services_refuse_callers_who_are_not_logged_in() {
        assertThatThrownBy(() -> queries.list(InquiryFilter.all(), List.of(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
