package com.inquirydesk.inquiry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an inquiry stands in the sales workflow: {@code NEW → IN_PROGRESS → QUOTED → WON | LOST}; any open
 * status may go to {@code CLOSED} or {@code SPAM}; {@code CLOSED}, {@code LOST} and {@code SPAM} may be
 * reopened to {@code IN_PROGRESS}.
 */
public enum InquiryStatus {
    NEW,
    IN_PROGRESS,
    QUOTED,
    WON,
    LOST,
    CLOSED,
    SPAM;

    /** The statuses this one may move to. */
    public Set<InquiryStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, CLOSED, SPAM);
            case IN_PROGRESS -> EnumSet.of(QUOTED, CLOSED, SPAM);
            case QUOTED -> EnumSet.of(WON, LOST, CLOSED, SPAM);
            case LOST, CLOSED, SPAM -> EnumSet.of(IN_PROGRESS);
            case WON -> EnumSet.noneOf(InquiryStatus.class);
        };
    }

    public boolean canMoveTo(InquiryStatus target) {
        return next().contains(target);
    }

    /** Whether work on the inquiry is still going on. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == QUOTED;
    }
}
