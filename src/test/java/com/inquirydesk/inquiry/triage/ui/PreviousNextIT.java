package com.inquirydesk.inquiry.triage.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.inquirydesk.MutableClock;
import com.inquirydesk.ViewTest;
import com.inquirydesk.base.ui.LanguageSwitcher;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.inquiry.triage.TriageService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Previous and next on the detail view walk the list the grid showed: its filter, its sort, and nothing else. */
class PreviousNextIT extends ViewTest {

    @Autowired
    IntakeService intake;

    @Autowired
    TriageService triage;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void they_walk_the_grids_filtered_and_sorted_list_and_stop_at_its_ends() {
        String marker = "pn" + UUID.randomUUID().toString().substring(0, 8);
        String cleo = submit("Cleo", marker);
        String anna = submit("Anna", marker);
        String ben = submit("Ben", marker);
        String bert = submit("Bert", marker);
        login(newStaff("SALES"));
        triage.changeStatus(ben, triage.details(ben).version(), InquiryStatus.IN_PROGRESS);
        UI.getCurrent().navigate("inquiries", QueryParameters.fromString("q=" + marker + "&status=NEW"));
        InquiriesView grid = _get(InquiriesView.class);
        grid.grid.sort(GridSortOrder.asc(grid.grid.getColumnByKey("NAME")).build());

        GridKt._clickItem(grid.grid, 0, "REFERENCE");

        InquiryDetailView detail = _get(InquiryDetailView.class);
        assertThat(shown()).isEqualTo(anna);
        assertThat(detail.navigation.previous.isEnabled())
                .as("the first of the list")
                .isFalse();
        assertThat(detail.navigation.next.isEnabled()).isTrue();
        assertThat(detail.navigation.next.getElement().getAttribute("aria-label"))
                .isEqualTo("Next inquiry in the list");
        assertThat(_get(RouterLink.class, spec -> spec.withText("← All inquiries"))
                        .getHref())
                .as("back to the same list")
                .contains("q=" + marker, "status=NEW");

        _click(_get(InquiryDetailView.class).navigation.next);
        assertThat(shown()).as("Ben is in progress, not in the list").isEqualTo(bert);
        _click(_get(InquiryDetailView.class).navigation.next);
        assertThat(shown()).isEqualTo(cleo);
        assertThat(_get(InquiryDetailView.class).navigation.next.isEnabled())
                .as("the last of the list")
                .isFalse();
        _click(_get(InquiryDetailView.class).navigation.previous);
        assertThat(shown()).isEqualTo(bert);
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .containsEntry("sort", java.util.List.of("name"))
                .containsEntry("q", java.util.List.of(marker));

        _click(_get(LanguageSwitcher.class));
        assertThat(_get(InquiryDetailView.class).navigation.previous.getText()).isEqualTo("上一条");
        assertThat(_get(InquiryDetailView.class).navigation.next.getElement().getAttribute("aria-label"))
                .isEqualTo("列表中的下一条咨询");
    }

    @Test
    void opened_directly_they_walk_all_inquiries_newest_first() {
        String marker = "pd" + UUID.randomUUID().toString().substring(0, 8);
        afterEveryInquiry();
        String oldest = submit("Dora", marker);
        String middle = submit("Emil", marker);
        String newest = submit("Fay", marker); // one second apart, after all others: nothing lies between them
        login(newStaff("SALES"));

        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, middle));

        _click(_get(InquiryDetailView.class).navigation.previous);
        assertThat(shown()).isEqualTo(newest);
        _click(_get(InquiryDetailView.class).navigation.next);
        _click(_get(InquiryDetailView.class).navigation.next);
        assertThat(shown()).isEqualTo(oldest);
    }

    @Test
    void what_was_typed_for_one_inquiry_is_not_left_in_the_next_one() {
        String marker = "pt" + UUID.randomUUID().toString().substring(0, 8);
        submit("Gus", marker);
        String second = submit("Hana", marker);
        login(newStaff("SALES"));
        UI.getCurrent().navigate(InquiryDetailView.class, new RouteParameters(InquiryDetailView.REFERENCE, second));
        InquiryDetailView detail = _get(InquiryDetailView.class);
        detail.reply.setValue("Meant for Hana only.");
        detail.note.setValue("About Hana.");

        _click(detail.navigation.next);

        assertThat(shown()).isNotEqualTo(second);
        assertThat(_get(InquiryDetailView.class).reply.getValue()).isEmpty();
        assertThat(_get(InquiryDetailView.class).note.getValue()).isEmpty();
    }

    /**
     * Moves the clock past the newest inquiry in the database, which other tests (on a shared PostgreSQL) may
     * have received at a time the clock had been moved to.
     */
    private void afterEveryInquiry() {
        jdbc.sql("select received_at from inquiry order by received_at desc limit 1")
                .query(java.time.OffsetDateTime.class)
                .optional()
                .map(java.time.OffsetDateTime::toInstant)
                .filter(newest -> !newest.isBefore(clock.instant()))
                .ifPresent(newest -> clock.set(newest.plus(Duration.ofMinutes(1))));
    }

    private static String shown() {
        return _get(InquiryDetailView.class).getPageTitle();
    }

    private String submit(String name, String marker) {
        var request = new InquiryRequest(
                name,
                null,
                name.toLowerCase(java.util.Locale.ROOT) + "-" + marker + "@example.com",
                null,
                null,
                "ceramics",
                "Steps " + marker,
                "Please quote.",
                "en",
                true,
                null);
        String reference = intake.submit(request, IntakeContext.api("10.8.4.1")).reference();
        clock.advance(Duration.ofSeconds(1));
        return reference;
    }
}
