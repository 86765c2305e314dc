package com.inquirydesk.inquiry.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.inquirydesk.IntegrationTest;
import com.inquirydesk.MutableClock;
import com.inquirydesk.base.Language;
import com.inquirydesk.catalog.CatalogService;
import com.inquirydesk.catalog.ProductLineSummary;
import com.inquirydesk.inquiry.InquiryFilter;
import com.inquirydesk.inquiry.InquiryRequest;
import com.inquirydesk.inquiry.InquiryStatus;
import com.inquirydesk.inquiry.IntakeContext;
import com.inquirydesk.inquiry.Priority;
import com.inquirydesk.inquiry.intake.IntakeService;
import com.inquirydesk.staff.Role;
import com.inquirydesk.staff.StaffService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Every filter and sort of the grid, on H2 and PostgreSQL, against rows set up with known values. */
@IntegrationTest
class GridQueriesIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The strategy this context's method security reads; with several test contexts it is not always the static one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    IntakeService intake;

    @Autowired
    GridQueries queries;

    @Autowired
    StaffService staff;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private String marker;
    private int clients;
    private String me;
    private String colleague;
    private String gasChinese;
    private String ceramicsEnglish;
    private String ironOverdue;
    private String seedlingsUnassigned;

    @BeforeEach
    void seed() {
        marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        me = newStaff();
        colleague = newStaff();
        login(me);
        gasChinese = submit("natural-gas", "zh", "王伟", "宜昌燃气公司", "天然气报价", "每月需要液化天然气 20 吨。");
        ceramicsEnglish = submit("ceramics", "en", "Alice Smith", "Acme Ltd", "Crucibles", "Alumina crucibles.");
        ironOverdue = submit("high-purity-iron", "en", "Bob Lee", null, "Iron", "5 t of iron.");
        seedlingsUnassigned = submit("seedlings", "zh", "陈静", null, "苗木", "银杏苗 3000 株。");
        set(gasChinese, "status = 'IN_PROGRESS', priority = 'HIGH', assignee_id = ?", id(me));
        set(ceramicsEnglish, "status = 'QUOTED', priority = 'LOW', assignee_id = ?", id(colleague));
        set(
                ironOverdue,
                "received_at = ?",
                Instant.now().minus(Duration.ofHours(30)).atOffset(ZoneOffset.UTC));
        set(
                seedlingsUnassigned,
                "received_at = ?",
                LocalDate.of(2026, 3, 15).atTime(9, 0).atZone(SHANGHAI).toOffsetDateTime());
    }

    @AfterEach
    void logout() {
        securityContexts.clearContext();
    }

    @Test
    void the_marker_alone_finds_all_four_newest_first() {
        assertThat(references(mine())).containsExactly(ceramicsEnglish, gasChinese, ironOverdue, seedlingsUnassigned);
    }

    @Test
    void filters_by_status() {
        assertThat(references(mine().withStatuses(Set.of(InquiryStatus.QUOTED))))
                .containsExactly(ceramicsEnglish);
        assertThat(references(mine().withStatuses(Set.of(InquiryStatus.NEW))))
                .containsExactly(ironOverdue, seedlingsUnassigned);
    }

    @Test
    void filters_by_many_statuses_named_by_the_ones_left_out_and_by_all_of_them() {
        // more than half of the statuses become "status not in (the others)" (InquiryPredicates.statusIn)
        assertThat(references(mine().withStatuses(EnumSet.complementOf(EnumSet.of(InquiryStatus.NEW)))))
                .containsExactly(ceramicsEnglish, gasChinese);
        assertThat(references(mine().withStatuses(EnumSet.complementOf(EnumSet.of(InquiryStatus.QUOTED)))))
                .containsExactly(gasChinese, ironOverdue, seedlingsUnassigned);
        assertThat(references(mine().withStatuses(EnumSet.allOf(InquiryStatus.class))))
                .containsExactly(ceramicsEnglish, gasChinese, ironOverdue, seedlingsUnassigned);
    }

    @Test
    void filters_by_product_line() {
        long gas = active("natural-gas").orElseThrow().id();
        assertThat(references(mine().withProductLine(gas))).containsExactly(gasChinese);
    }

    @Test
    void filters_by_assignee_me_nobody_and_a_named_colleague() {
        assertThat(references(mine().withAssignee(InquiryFilter.ME))).containsExactly(gasChinese);
        assertThat(references(mine().withAssignee(InquiryFilter.UNASSIGNED)))
                .containsExactly(ironOverdue, seedlingsUnassigned);
        assertThat(references(mine().withAssignee(colleague))).containsExactly(ceramicsEnglish);
        assertThat(references(mine().withAssignee("no-such-user"))).isEmpty();
    }

    @Test
    void filters_by_priority_and_language() {
        assertThat(references(mine().withPriority(Priority.HIGH))).containsExactly(gasChinese);
        assertThat(references(mine().withLanguage(Language.ZH))).containsExactly(gasChinese, seedlingsUnassigned);
    }

    @Test
    void filters_by_the_received_days_in_the_company_time_zone() {
        LocalDate day = LocalDate.of(2026, 3, 15);
        assertThat(references(mine().withReceived(day, day))).containsExactly(seedlingsUnassigned);
        assertThat(references(mine().withReceived(day.plusDays(1), null))).doesNotContain(seedlingsUnassigned);
        assertThat(references(mine().withReceived(null, day.minusDays(1)))).isEmpty();
    }

    @Test
    void overdue_means_still_new_after_the_response_time() {
        assertThat(references(mine().withOverdueOnly(true))).containsExactly(ironOverdue, seedlingsUnassigned);
        assertThat(queries.list(mine(), List.of(), 0, 10))
                .filteredOn(InquiryRow::overdue)
                .extracting(InquiryRow::reference)
                .containsExactlyInAnyOrder(ironOverdue, seedlingsUnassigned);
    }

    @Test
    void searches_reference_name_company_email_subject_and_message_in_chinese_and_english() {
        assertThat(references(InquiryFilter.all().withText(gasChinese))).containsExactly(gasChinese);
        assertThat(references(mine().withText(marker + " 王伟"))).isEmpty();
        assertThat(search("液化天然气")).containsExactly(gasChinese);
        assertThat(search("宜昌燃气")).containsExactly(gasChinese);
        assertThat(search("ALUMINA")).containsExactly(ceramicsEnglish);
        assertThat(search("alice smith")).containsExactly(ceramicsEnglish);
        assertThat(search("苗木")).containsExactly(seedlingsUnassigned);
        assertThat(search("100%_")).isEmpty();
    }

    @Test
    void sorts_by_each_allowed_column_and_pages_without_counting() {
        assertThat(references(mine(), new InquiryOrder(InquirySort.NAME, false)))
                .containsExactly(ceramicsEnglish, ironOverdue, gasChinese, seedlingsUnassigned);
        assertThat(references(mine(), new InquiryOrder(InquirySort.PRIORITY, false))
                        .getFirst())
                .isEqualTo(gasChinese);
        assertThat(references(mine(), new InquiryOrder(InquirySort.REFERENCE, false)))
                .isSorted();
        assertThat(references(mine(), new InquiryOrder(InquirySort.RECEIVED, false))
                        .getFirst())
                .isEqualTo(seedlingsUnassigned);
        assertThat(queries.list(mine(), List.of(), 1, 2))
                .extracting(InquiryRow::reference)
                .containsExactly(gasChinese, ironOverdue);
    }

    @Test
    void earlier_inquiries_from_one_address_come_newest_first_and_only_before_the_given_moment() {
        String email = "client1-" + marker + "@example.com";
        String later = submit("ceramics", "en", "Alice Again", null, "Second question", "More crucibles.");
        jdbc.sql("update inquiry set email = ? where reference = ?")
                .params(email, later)
                .update();
        Instant laterReceived = jdbc.sql("select received_at from inquiry where reference = ?")
                .param(later)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();

        assertThat(queries.earlierFrom(email, laterReceived, 10))
                .extracting(InquiryRow::reference)
                .containsExactly(gasChinese);
        assertThat(queries.earlierFrom(email, laterReceived.plusSeconds(1), 10))
                .extracting(InquiryRow::reference)
                .containsExactly(later, gasChinese);
    }

    @Test
    void counts_per_status_ignore_the_status_filter() {
        var counts = queries.countByStatus(mine().withStatuses(Set.of(InquiryStatus.WON)));

        assertThat(counts.get(InquiryStatus.NEW)).isEqualTo(2);
        assertThat(counts.get(InquiryStatus.IN_PROGRESS)).isEqualTo(1);
        assertThat(counts.get(InquiryStatus.QUOTED)).isEqualTo(1);
        assertThat(counts.get(InquiryStatus.WON)).isZero();
    }

    @Test
    void pages_continued_from_their_boundaries_are_the_pages_offsets_give_for_every_sort() {
        String[] statuses = {"NEW", "IN_PROGRESS", "QUOTED"};
        for (int i = 0; i < 23; i++) {
            String reference = submit("ceramics", i % 2 == 0 ? "zh" : "en", "名字 " + (i % 4), null, "Page", "Seek.");
            set(reference, "status = ?", statuses[i % 3]);
            if (i % 5 != 0) {
                clock.advance(Duration.ofSeconds(-1)); // several share one received time: ties the id must break
            }
        }
        for (InquirySort column : InquirySort.values()) {
            for (boolean descending : new boolean[] {true, false}) {
                List<InquiryOrder> orders = List.of(new InquiryOrder(column, descending));
                List<String> expected = queries.list(mine(), orders, 0, 1000).stream()
                        .map(InquiryRow::reference)
                        .toList();
                var keys = new PageKeys();
                List<String> paged = new java.util.ArrayList<>();
                for (int offset = 0; offset < expected.size() + 4; offset += 4) {
                    queries.list(mine(), orders, offset, 4, keys).forEach(row -> paged.add(row.reference()));
                }
                assertThat(paged)
                        .as("%s %s, page by page", column, descending ? "desc" : "asc")
                        .isEqualTo(expected);
                assertThat(queries.list(mine(), orders, 18, 3, keys))
                        .as("%s %s, a jump beyond the boundaries seen", column, descending ? "desc" : "asc")
                        .extracting(InquiryRow::reference)
                        .isEqualTo(expected.subList(18, 21));
            }
        }
    }

    @Test
    void the_neighbours_of_each_row_are_the_rows_beside_it_in_the_filtered_list_for_every_sort() {
        String[] statuses = {"NEW", "IN_PROGRESS", "QUOTED"};
        for (int i = 0; i < 11; i++) {
            String reference = submit("ceramics", "en", "名字 " + (i % 3), null, "Step", "Seek.");
            set(reference, "status = ?", statuses[i % 3]);
            if (i % 4 != 0) {
                clock.advance(Duration.ofSeconds(-1)); // shared received times: the id breaks the ties
            }
        }
        for (InquiryFilter filter : List.of(mine(), mine().withStatuses(Set.of(InquiryStatus.NEW)))) {
            for (InquirySort column : InquirySort.values()) {
                for (boolean descending : new boolean[] {true, false}) {
                    List<InquiryOrder> orders = List.of(new InquiryOrder(column, descending));
                    List<String> all = references(mine(), orders.toArray(InquiryOrder[]::new));
                    List<String> listed = references(filter, orders.toArray(InquiryOrder[]::new));
                    for (String reference : all) {
                        // a row outside the filter (changed since the list was shown) has the neighbours of its place
                        List<String> before = listed.stream()
                                .filter(other -> all.indexOf(other) < all.indexOf(reference))
                                .toList();
                        List<String> after = listed.stream()
                                .filter(other -> all.indexOf(other) > all.indexOf(reference))
                                .toList();
                        assertThat(queries.neighbours(filter, orders, reference))
                                .as("%s of %s by %s %s", reference, filter.statuses(), column, descending)
                                .isEqualTo(new Neighbours(
                                        before.isEmpty() ? null : before.getLast(),
                                        after.isEmpty() ? null : after.getFirst()));
                    }
                }
            }
        }
        assertThat(queries.neighbours(mine(), List.of(), "INQ-1999-000000")).isEqualTo(new Neighbours(null, null));
    }

    @Test
    void the_quick_filters_mine_and_unassigned_page_by_seek_as_offsets_would() {
        for (int i = 0; i < 13; i++) {
            String reference = submit("ceramics", "en", "Quick " + i, null, "Quick", "Seek.");
            if (i % 3 == 0) {
                set(reference, "assignee_id = ?", id(me));
            }
            if (i % 4 != 0) {
                clock.advance(Duration.ofSeconds(-1)); // shared received times: the id breaks the ties
            }
        }
        for (String assignee : List.of(InquiryFilter.ME, InquiryFilter.UNASSIGNED)) {
            var filter = mine().withAssignee(assignee);
            for (List<InquiryOrder> orders : List.of(
                    List.<InquiryOrder>of(),
                    List.of(new InquiryOrder(InquirySort.RECEIVED, false)),
                    List.of(new InquiryOrder(InquirySort.RECEIVED, true)))) {
                List<String> expected = references(filter, orders.toArray(InquiryOrder[]::new));
                var keys = new PageKeys();
                List<String> paged = new java.util.ArrayList<>();
                for (int offset = 0; offset < expected.size() + 3; offset += 3) {
                    queries.list(filter, orders, offset, 3, keys).forEach(row -> paged.add(row.reference()));
                }
                assertThat(expected).as("%s %s", assignee, orders).hasSizeGreaterThan(4);
                assertThat(paged).as("%s %s, page by page", assignee, orders).isEqualTo(expected);
            }
        }
        assertThat(references(mine().withAssignee(InquiryFilter.ME))).hasSize(5 + 1);
        assertThat(references(mine().withAssignee(InquiryFilter.UNASSIGNED))).hasSize(8 + 2);
    }

    @Test
    void the_filter_survives_the_trip_through_the_address() {
        var filter = mine().withStatuses(Set.of(InquiryStatus.NEW, InquiryStatus.QUOTED))
                .withProductLine(7L)
                .withAssignee(InquiryFilter.ME)
                .withPriority(Priority.URGENT)
                .withLanguage(Language.ZH)
                .withReceived(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .withOverdueOnly(true);

        assertThat(InquiryFilter.fromParameters(filter.toParameters())).isEqualTo(filter);
        assertThat(InquiryFilter.fromParameters(java.util.Map.of(
                        "status", List.of("BOGUS"), "from", List.of("yesterday"), "line", List.of("x"))))
                .isEqualTo(InquiryFilter.all());
    }

    private InquiryFilter mine() {
        return InquiryFilter.all().withText(marker);
    }

    private List<String> search(String text) {
        return references(mine()).stream()
                .filter(reference ->
                        references(InquiryFilter.all().withText(text)).contains(reference))
                .toList();
    }

    private List<String> references(InquiryFilter filter, InquiryOrder... orders) {
        return queries.list(filter, List.of(orders), 0, 50).stream()
                .map(InquiryRow::reference)
                .toList();
    }

    private String submit(String line, String language, String name, String company, String subject, String message) {
        var request = new InquiryRequest(
                name,
                company,
                "client" + (++clients) + "-" + marker + "@example.com",
                null,
                null,
                line,
                subject + " " + marker,
                message,
                language,
                true,
                null);
        String reference =
                intake.submit(request, IntakeContext.api("10.10.0.1")).reference();
        clock.advance(Duration.ofSeconds(1));
        return reference;
    }

    private void set(String reference, String assignments, Object value) {
        jdbc.sql("update inquiry set " + assignments + " where reference = ?")
                .params(value, reference)
                .update();
    }

    private long id(String username) {
        return staff.findByUsername(username).orElseThrow().id();
    }

    private String newStaff() {
        String username = "q-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(username, "Query " + username, null, Role.SALES, "a long enough password");
        return username;
    }

    private void login(String username) {
        var authentication = new TestingAuthenticationToken(username, null, "ROLE_SALES");
        authentication.setAuthenticated(true);
        securityContexts.setContext(new org.springframework.security.core.context.SecurityContextImpl(authentication));
    }

    private Optional<ProductLineSummary> active(String code) {
        return catalog.activeProductLines().stream()
                .filter(line -> line.code().equals(code))
                .findFirst();
    }
}
