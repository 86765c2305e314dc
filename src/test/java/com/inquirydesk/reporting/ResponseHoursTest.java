package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResponseHoursTest {

    @Test
    void no_answer_has_no_percentile() {
        assertThat(new ResponseHours().percentile(50)).isNaN();
    }

    @Test
    void interpolates_between_answers_like_percentile_cont() {
        var hours = new ResponseHours();
        hours.add(120, 1);
        hours.add(240, 1);
        assertThat(hours.percentile(50)).isEqualTo(3.0);
        assertThat(hours.percentile(90)).isCloseTo(3.8, within(1e-9));
        assertThat(hours.percentile(0)).isEqualTo(2.0);
        assertThat(hours.percentile(100)).isEqualTo(4.0);
    }

    @Test
    void counts_per_minute_give_what_every_answer_listed_gives() {
        var random = new Random(7);
        var hours = new ResponseHours();
        int[] minutes = new int[501];
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] = random.nextInt(3 * 24 * 60);
            hours.add(minutes[i], 1);
        }
        Arrays.sort(minutes);
        for (double p : new double[] {10, 50, 73.5, 90, 99}) {
            double rank = p / 100 * (minutes.length - 1);
            int below = (int) Math.floor(rank);
            int above = (int) Math.ceil(rank);
            double expected = (minutes[below] + (rank - below) * (minutes[above] - minutes[below])) / 60;
            assertThat(hours.percentile(p)).as("p%s", p).isCloseTo(expected, within(1e-9));
        }
    }
}
