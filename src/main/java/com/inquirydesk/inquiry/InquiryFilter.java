package com.inquirydesk.inquiry;

import com.inquirydesk.base.FieldViolation;
import com.inquirydesk.base.InvalidInputException;
import com.inquirydesk.base.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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

    /** The parameters {@link #toParameters()} writes. */
    public static final Set<String> PARAMETERS =
            Set.of("status", "line", "assignee", "priority", "lang", "from", "to", "overdue", "q");

    /**
     * A request's query parameters, for {@link #fromParametersStrictly}: a name that is neither a filter nor one of
     * {@code extra} is refused, as a script's typo must not quietly widen what it asked for.
     *
     * @throws InvalidInputException naming each unknown parameter
     */
    public static Map<String, List<String>> knownParameters(Map<String, String[]> request, Set<String> extra) {
        Map<String, List<String>> parameters = new HashMap<>();
        List<FieldViolation> unknown = new ArrayList<>();
        request.forEach((name, values) -> {
            if (PARAMETERS.contains(name) || extra.contains(name)) {
                parameters.put(name, Arrays.asList(values));
            } else {
                unknown.add(new FieldViolation(name, "api.unknownParameter", name));
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return parameters;
    }

    /**
     * Reads query parameters written by {@link #toParameters()}, leniently: values that make no sense are ignored,
     * as an old bookmark should still open the grid.
     */
    public static InquiryFilter fromParameters(Map<String, List<String>> parameters) {
        return read(parameters, violation -> {});
    }

    /**
     * Reads query parameters written by {@link #toParameters()}, strictly, for scripts: a value that makes no
     * sense is an error, never a wider filter than was asked for.
     *
     * @throws InvalidInputException naming each parameter whose value cannot be read
     */
    public static InquiryFilter fromParametersStrictly(Map<String, List<String>> parameters) {
        List<FieldViolation> violations = new ArrayList<>();
        InquiryFilter filter = read(parameters, violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return filter;
    }

    private static InquiryFilter read(Map<String, List<String>> parameters, Consumer<FieldViolation> refused) {
        var reader = new Reader(parameters, refused);
        Set<InquiryStatus> statuses = parameters.getOrDefault("status", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .filter(value -> !value.isBlank())
                .map(value ->
                        reader.parse("status", value, name -> InquiryStatus.valueOf(name.toUpperCase(Locale.ROOT))))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new InquiryFilter(
                statuses,
                reader.first("line", Long::valueOf).orElse(null),
                first(parameters, "assignee").orElse(null),
                reader.first("priority", name -> Priority.valueOf(name.toUpperCase(Locale.ROOT)))
                        .orElse(null),
                reader.first("lang", code -> Language.fromCode(code).orElseThrow(IllegalArgumentException::new))
                        .orElse(null),
                reader.first("from", LocalDate::parse).orElse(null),
                reader.first("to", LocalDate::parse).orElse(null),
                reader.first("overdue", InquiryFilter::parseBoolean).orElse(false),
                first(parameters, "q").orElse(""));
    }

    private static boolean parseBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(value);
    }

    /** Parses one parameter's value; a value that cannot be read is reported and left out. */
    private record Reader(Map<String, List<String>> parameters, Consumer<FieldViolation> refused) {

        <T> Optional<T> first(String name, Function<String, T> parser) {
            return InquiryFilter.first(parameters, name).flatMap(value -> parse(name, value, parser));
        }

        <T> Optional<T> parse(String name, String value, Function<String, T> parser) {
            try {
                return Optional.of(parser.apply(value.strip()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                refused.accept(new FieldViolation(name, "api.badParameter", name, value));
                return Optional.empty();
            }
        }
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
}
