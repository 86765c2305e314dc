package com.inquirydesk.audit;

import com.inquirydesk.base.AdministrativeChange.FieldChange;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The changed fields of an audit entry as its {@code details} column holds them: a JSON list of field, before and
 * after, so that the trail can be shown in either language. Entries written before the changes were recorded this
 * way hold an English sentence, which is read back as it is.
 */
final class AuditDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    /** Values are cut to this many characters, then fewer, until the list fits the column. */
    private static final int FIRST_VALUE_LIMIT = 1000;

    private AuditDetails() {}

    /** The changes as stored, their values shortened where the whole would not fit in {@code maxLength}. */
    static String write(List<FieldChange> changes, int maxLength) {
        String json = JSON.writeValueAsString(changes);
        for (int limit = FIRST_VALUE_LIMIT; json.length() > maxLength && limit > 1; limit /= 2) {
            int cut = limit;
            json = JSON.writeValueAsString(changes.stream()
                    .map(change -> new FieldChange(
                            change.field(), shortened(change.before(), cut), shortened(change.after(), cut)))
                    .toList());
        }
        return json;
    }

    /** The changes stored in {@code details}; none when it holds none or holds an older entry's sentence. */
    static List<FieldChange> changes(String details) {
        if (!details.startsWith("[")) {
            return List.of();
        }
        try {
            return JSON.readValue(details, CHANGES);
        } catch (JacksonException notAList) {
            return List.of();
        }
    }

    /** The sentence of an entry written before changes were recorded as a list; empty for the others. */
    static String text(String details) {
        return details.startsWith("[") ? "" : details;
    }

    private static @Nullable String shortened(@Nullable String value, int limit) {
        return value == null || value.length() <= limit ? value : value.substring(0, limit - 1) + "…";
    }
}
