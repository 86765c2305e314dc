package com.inquirydesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Dates in the staff views are written as ISO dates ({@code 2026-12-01}) in both languages, as the grid, the
 * timeline and the export write them; a date field would otherwise follow the browser's locale ({@code 12/1/2026},
 * {@code 2026/12/1}).
 */
public final class IsoDates {

    /** The pattern of a date field, in the date picker's notation. */
    public static final String PATTERN = "yyyy-MM-dd";

    private IsoDates() {}

    /** Shows and reads these fields' dates as ISO dates. */
    public static void showIn(DatePicker... fields) {
        for (DatePicker field : fields) {
            field.setI18n(new DatePicker.DatePickerI18n().setDateFormat(PATTERN));
        }
    }
}
