package com.inquirydesk.base.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class GramIndexTest {

    private final GramIndex index = new GramIndex(new ByteBuffersDirectory());

    @Test
    void a_new_index_says_so_and_an_opened_one_does_not() throws IOException {
        var directory = new ByteBuffersDirectory();
        try (var first = new GramIndex(directory)) {
            assertThat(first.created()).isTrue();
        }
        try (var again = new GramIndex(directory)) {
            assertThat(again.created()).isFalse();
        }
    }

    @Test
    void grams_are_one_to_three_characters_within_a_field() {
        assertThat(GramIndex.grams("ab\u001fc"))
                .containsExactlyInAnyOrder("a", "ab", "b", "c")
                .doesNotContain("b\u001f", "\u001f", "b\u001fc");
        assertThat(GramIndex.grams("坩埚炉")).containsExactlyInAnyOrder("坩", "坩埚", "坩埚炉", "埚", "埚炉", "炉");
    }

    @Test
    void a_search_needs_itself_when_short_and_its_trigrams_when_longer() {
        assertThat(GramIndex.queryGrams("铁")).containsExactly("铁");
        assertThat(GramIndex.queryGrams("坩埚")).containsExactly("坩埚");
        assertThat(GramIndex.queryGrams("alumina")).containsExactly("alu", "lum", "umi", "min", "ina");
    }

    @Test
    void finds_every_document_that_contains_the_text_in_one_field() throws IOException {
        index.put(1, text("INQ-1", "王伟", "宜昌燃气公司", "wang@example.com", "天然气报价", "每月需要液化天然气 20 吨。"));
        index.put(2, text("INQ-2", "Alice Smith", "Acme Ltd", "alice@example.com", "Crucibles", "Alumina."));
        index.put(3, text("INQ-3", "Bob", null, "bob@example.com", "Iron", "5 t of iron."));
        index.commit();

        assertThat(index.candidates("液化天然气", 10)).contains(List.of(1L));
        assertThat(index.candidates("气", 10)).contains(List.of(1L));
        assertThat(index.candidates("lumin", 10)).contains(List.of(2L));
        assertThat(index.candidates("@example.com", 10)).contains(List.of(1L, 2L, 3L));
        assertThat(index.candidates("iron", 10)).contains(List.of(3L));
        assertThat(index.candidates("zzqq", 10)).contains(List.of());
        // "smith" ends one field and "acme" starts the next: no gram spans the two
        assertThat(index.candidates("hacm", 10)).contains(List.of());
    }

    @Test
    void a_text_found_too_often_or_spanning_fields_is_left_to_the_like() throws IOException {
        for (long id = 1; id <= 5; id++) {
            index.put(id, text("INQ-" + id, "Client", null, "c@example.com", "Quote", "Hello"));
        }
        index.commit();

        assertThat(index.candidates("client", 4)).isEmpty();
        assertThat(index.candidates("client", 5))
                .hasValueSatisfying(ids -> assertThat(ids).hasSize(5));
        assertThat(index.candidates("t\u001fc", 10)).isEmpty();
    }

    @Test
    void a_changed_text_replaces_the_old_one_and_a_removed_inquiry_is_gone() throws IOException {
        index.put(7, text("INQ-7", "陈静", null, "chen@example.com", "苗木", "银杏苗"));
        index.put(8, text("INQ-8", "陈静", null, "chen@example.com", "苗木", "银杏苗"));
        index.commit();
        index.put(7, text("INQ-7", "匿名", null, "erased@invalid", "苗木", "—"));
        index.remove(8);
        index.commit();

        assertThat(index.candidates("陈静", 10)).contains(List.of());
        assertThat(index.candidates("匿名", 10)).contains(List.of(7L));
    }

    @Test
    void a_long_text_is_narrowed_by_some_of_its_trigrams() throws IOException {
        String message = IntStream.range(0, 200).mapToObj(i -> "word" + i).reduce("", String::concat);
        index.put(9, text("INQ-9", "N", null, "n@example.com", "S", message));
        index.commit();

        assertThat(index.candidates(message.toLowerCase(), 10)).contains(List.of(9L));
    }

    private static String text(String... fields) {
        return GramIndex.text(Stream.of(fields));
    }
}
