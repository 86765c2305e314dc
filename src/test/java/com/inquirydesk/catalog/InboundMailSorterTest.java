package com.inquirydesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InboundMailSorterTest {

    private static final long CERAMICS = 1;
    private static final long GAS = 2;
    private static final long IRON = 3;
    private static final long UNASSIGNED = 9;

    private static final ProductLineSummary ceramics =
            line(CERAMICS, "ceramics", 10, "ceramics@company.example", "ceramic, ceramics, refractory, 陶瓷, 耐火, 坩埚");
    private static final ProductLineSummary gas =
            line(GAS, "natural-gas", 40, "gas@company.example", "natural gas, LNG, 天然气, 燃气");
    private static final ProductLineSummary iron = line(IRON, "high-purity-iron", 20, "", "pure iron, iron, 纯铁");
    private static final ProductLineSummary unassigned = new ProductLineSummary(
            UNASSIGNED, "unassigned", "Unassigned line", "未分配", "", "", true, 99_999, false, "", List.of());

    private final InboundMailSorter sorter = new InboundMailSorter(List.of(gas, unassigned, iron, ceramics));

    @Test
    void a_recipient_that_is_a_lines_inbound_address_wins_over_any_keyword() {
        assertThat(sorter.sort(
                        List.of("kelison123@163.com", "Gas desk <GAS@Company.Example>"),
                        "Refractory ceramics, 陶瓷 and 耐火 crucibles"))
                .isEqualTo(GAS);
    }

    @Test
    void without_a_lines_address_the_line_with_the_most_keywords_found_wins() {
        assertThat(sorter.sort(List.of("kelison123@163.com"), "Quote for LNG supply to our refractory kiln, 天然气"))
                .as("natural gas: LNG and 天然气; ceramics: refractory only")
                .isEqualTo(GAS);
    }

    @Test
    void chinese_keywords_are_found_inside_words_and_english_ones_only_as_whole_words() {
        assertThat(sorter.sort(List.of(), "询价：氧化铝坩埚200件")).isEqualTo(CERAMICS);
        assertThat(sorter.sort(List.of(), "Environmental report on ironing")).isEqualTo(UNASSIGNED);
        assertThat(sorter.sort(List.of(), "We need PURE   IRON bars")).isEqualTo(IRON);
        assertThat(sorter.sort(List.of(), "Ｃｅｒａｍｉｃ tiles"))
                .as("full-width letters")
                .isEqualTo(CERAMICS);
    }

    @Test
    void a_keyword_found_twice_counts_once() {
        assertThat(sorter.sort(List.of(), "LNG LNG LNG, and a refractory ceramic lining"))
                .isEqualTo(CERAMICS);
    }

    @Test
    void a_tie_goes_to_the_line_shown_first_whatever_its_id() {
        var late = line(4, "late", 5, "", "tiles");
        var early = line(5, "early", 1, "", "tiles");
        var sorter = new InboundMailSorter(List.of(late, early, unassigned));

        assertThat(sorter.sort(List.of(), "Roof tiles")).isEqualTo(5);
        assertThat(sorter.sort(List.of(), "陶瓷 and natural gas")).isEqualTo(UNASSIGNED);
        assertThat(this.sorter.sort(List.of(), "陶瓷 and natural gas"))
                .as("one hit each: ceramics comes before natural gas")
                .isEqualTo(CERAMICS);
    }

    @Test
    void a_mail_that_fits_no_line_goes_to_the_unassigned_line() {
        assertThat(sorter.sort(List.of("kelison123@163.com"), "Hello, are you open on Saturday?"))
                .isEqualTo(UNASSIGNED);
        assertThat(sorter.sort(List.of(), "")).isEqualTo(UNASSIGNED);
    }

    @Test
    void a_deactivated_line_is_never_chosen_by_its_address_or_its_keywords() {
        var retired = new ProductLineSummary(
                7L,
                "retired",
                "Retired",
                "停用",
                "",
                "",
                false,
                1,
                true,
                "retired@company.example",
                List.of("crucible", "坩埚"));
        var sorter = new InboundMailSorter(List.of(retired, gas, unassigned));

        assertThat(sorter.sort(List.of("retired@company.example"), "crucible 坩埚"))
                .isEqualTo(UNASSIGNED);
    }

    @Test
    void the_keywords_of_a_line_clients_cannot_choose_file_nothing() {
        var hidden =
                new ProductLineSummary(8L, "hidden", "Hidden", "隐藏", "", "", true, 1, false, "", List.of("crucible"));

        assertThat(new InboundMailSorter(List.of(hidden, unassigned)).sort(List.of(), "crucible"))
                .isEqualTo(UNASSIGNED);
    }

    @Test
    void without_the_unassigned_line_unsorted_mail_is_refused_loudly() {
        assertThatThrownBy(() -> new InboundMailSorter(List.of(gas)).sort(List.of(), "Hello"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unassigned");
    }

    @Test
    void keywords_are_separated_by_commas_or_lines_and_kept_once() {
        assertThat(ProductLineKeywords.parse("ceramic,  Ceramic\n陶瓷，耐火、 kiln   furniture;; \r\n"))
                .containsExactly("ceramic", "陶瓷", "耐火", "kiln furniture");
        assertThat(ProductLineKeywords.parse(null)).isEmpty();
    }

    private static ProductLineSummary line(long id, String code, int sortOrder, String address, String keywords) {
        return new ProductLineSummary(
                id,
                code,
                code,
                code,
                "",
                "",
                true,
                sortOrder,
                true,
                address.toLowerCase(java.util.Locale.ROOT),
                ProductLineKeywords.parse(keywords));
    }
}
