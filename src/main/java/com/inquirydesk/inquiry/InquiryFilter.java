package com.inquirydesk.inquiry;

import com.inquirydesk.base.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the triage grid shows, and what the CSV export writes: one record, so both always agree. It lives
 * in the page address as query parameters, so a view can be bookmarked and shared.
 *
 * @param statuses empty for every status
 * @param productLineId a product line's id, or null for all
 * @param assignee {@code me}, {@code none} (unassigned) or a username; null for anyone
 * @param receivedFrom first day (in the company's time zone), inclusive
 * @param receivedTo last day, inclusive
 * @param overdueOnly only inquiries still {@code NEW} after the response time
 * @param text words to find in reference, name, company, email, subject or message
 */
public record InquiryFilter(
        Set<InquiryStatus> statuses,
        @Nullable Long productLineId,
        @Nullable String assignee,
        @Nullable Priority priority,
        @Nullable Language language,
        @Nullable LocalDate receivedFrom,
        @Nullable LocalDate receivedTo,
        boolean overdueOnly,
        String text) {

    public static final String ME = "me";
    public static final String UNASSIGNED = "none";
    public static final int TEXT_MAX_LENGTH = 100;

    public InquiryFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        text = text.strip();
        if (text.length() > TEXT_MAX_LENGTH) {
            text = text.substring(0, TEXT_MAX_LENGTH);
        }
    }

    /** Everything. */
    public static InquiryFilter all() {
        return new InquiryFilter(Set.of(), null, null, null, null, null, null, false, "");
    }

    public InquiryFilter withStatuses(Set<InquiryStatus> value) {
        return new InquiryFilter(
                value, productLineId, assignee, priority, language, receivedFrom, receivedTo, overdueOnly, text);
    }

    public InquiryFilter withProductLine(@Nullable Long value) {
        return new InquiryFilter(
                statuses, value, assignee, priority, language, receivedFrom, receivedTo, overdueOnly, text);
    }

    public InquiryFilter withAssignee(@Nullable String value) {
        return new InquiryFilter(
                statuses, productLineId, value, priority, language, receivedFrom, receivedTo, overdueOnly, text);
    }

    public InquiryFilter withPriority(@Nullable Priority value) {
        return new InquiryFilter(
                statuses, productLineId, assignee, value, language, receivedFrom, receivedTo, overdueOnly, text);
    }

    public InquiryFilter withLanguage(@Nullable Language value) {
        return new InquiryFilter(
                statuses, productLineId, assignee, priority, value, receivedFrom, receivedTo, overdueOnly, text);
    }

    public InquiryFilter withReceived(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new InquiryFilter(statuses, productLineId, assignee, priority, language, from, to, overdueOnly, text);
    }

    public InquiryFilter withOverdueOnly(boolean value) {
        return new InquiryFilter(
                statuses, productLineId, assignee, priority, language, receivedFrom, receivedTo, value, text);
    }

    public InquiryFilter withText(String value) {
        return new InquiryFilter(
                statuses, productLineId, assignee, priority, language, receivedFrom, receivedTo, overdueOnly, value);
    }

    /** The filter as query parameters; only what is set. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            parameters.put("status", statuses.stream().sorted().map(Enum::name).toList());
        }
        put(parameters, "line", productLineId);
        put(parameters, "assignee", assignee);
        put(parameters, "priority", priority);
        put(parameters, "lang", language == null ? null : language.code());
        put(parameters, "from", receivedFrom);
        put(parameters, "to", receivedTo);
        if (overdueOnly) {
            parameters.put("overdue", List.of("true"));
        }
        put(parameters, "q", text.isEmpty() ? null : text);
        return parameters;
    }

    /** Reads query parameters written by {@link #toParameters()}; values that make no sense are ignored. */
    public static InquiryFilter fromParameters(Map<String, List<String>> parameters) {
        Set<InquiryStatus> statuses = parameters.getOrDefault("status", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(value ->
                        parse(value, name -> InquiryStatus.valueOf(name.strip().toUpperCase(Locale.ROOT))))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new InquiryFilter(
                statuses,
                first(parameters, "line")
                        .flatMap(value -> parse(value, Long::valueOf))
                        .orElse(null),
                first(parameters, "assignee").orElse(null),
                first(parameters, "priority")
                        .flatMap(value -> parse(value, name -> Priority.valueOf(name.toUpperCase(Locale.ROOT))))
                        .orElse(null),
                first(parameters, "lang").flatMap(Language::fromCode).orElse(null),
                first(parameters, "from")
                        .flatMap(value -> parse(value, LocalDate::parse))
                        .orElse(null),
                first(parameters, "to")
                        .flatMap(value -> parse(value, LocalDate::parse))
                        .orElse(null),
                first(parameters, "overdue").map("true"::equalsIgnoreCase).orElse(false),
                first(parameters, "q").orElse(""));
    }

    private static void put(Map<String, List<String>> parameters, String name, @Nullable Object value) {
        if (value != null) {
            parameters.put(name, List.of(value.toString()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
