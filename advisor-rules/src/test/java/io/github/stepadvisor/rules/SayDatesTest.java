package io.github.stepadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates in reasons are facts: a start date still ahead is a plan, one already passed is said as past. */
class SayDatesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-24");

    @Test
    void aStartDateOnAsOfOrLaterIsAPlan() {
        assertThat(Say.startDate(AS_OF, AS_OF)).isEqualTo("on 2026-11-24");
        assertThat(Say.startDate(LocalDate.parse("2027-01-10"), AS_OF)).isEqualTo("on 2027-01-10");
    }

    @Test
    void aStartDateBeforeAsOfIsSaidAsPastWithStartNow() {
        assertThat(Say.startDate(LocalDate.parse("2026-01-10"), AS_OF))
                .isEqualTo("on 2026-01-10; that was 10 months ago: start now");
    }

    @Test
    void lessThanAMonthAgoIsCountedInWeeksThenDays() {
        assertThat(Say.ago(LocalDate.parse("2026-11-01"), AS_OF)).isEqualTo("3 weeks ago");
        assertThat(Say.ago(LocalDate.parse("2026-11-17"), AS_OF)).isEqualTo("1 week ago");
        assertThat(Say.ago(LocalDate.parse("2026-11-23"), AS_OF)).isEqualTo("1 day ago");
        assertThat(Say.ago(LocalDate.parse("2026-10-24"), AS_OF)).isEqualTo("1 month ago");
    }
}
