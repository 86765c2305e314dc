package com.inquirydesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs like the system clock but that tests can move, e.g. past the minimum time a person
 * needs to fill the form, or to the last evening of a year. Time keeps passing, so retries fall due.
 */
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on the clock shows this instant, and goes on from there. */
    public void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
