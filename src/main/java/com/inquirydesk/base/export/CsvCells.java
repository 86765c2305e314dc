package com.inquirydesk.base.export;

import org.jspecify.annotations.Nullable;

/**
 * Makes a cell safe to open in a spreadsheet (OWASP CSV injection): a value starting with {@code =}, {@code +},
 * {@code -}, {@code @}, tab, CR or LF gets a leading {@code '} so that it is shown as text, never run as a
 * formula. Quoting is the writer's: the inquiry export quotes its own cells, the monthly summary leaves it to
 * Commons CSV.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String safe(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return isDangerous(value.charAt(0)) ? "'" + value : value;
    }

    public static boolean isDangerous(char first) {
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\n';
    }
}
