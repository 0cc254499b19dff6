package io.github.stepadvisor.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How far a date is from asOf, in the units thresholds use. Each unit counts the fewest whole
 * units N with date &le; asOf + N units, so "within N weeks" is {@code weeksOut <= N} and "more
 * than N weeks out" is {@code weeksOut > N}: the one way every rule writes a window. Only
 * meaningful for a date that is set and not before asOf ({@code dateAhead}); 0 otherwise.
 */
record Distance(boolean ahead, long days, long weeks, long months) {

    static final Distance NONE = new Distance(false, 0, 0, 0);

    static Distance between(LocalDate asOf, Optional<LocalDate> date) {
        if (date.isEmpty()) {
            return NONE;
        }
        LocalDate d = date.get();
        long days = ChronoUnit.DAYS.between(asOf, d);
        if (days < 0) {
            return new Distance(false, days, 0, 0);
        }
        long months = ChronoUnit.MONTHS.between(asOf, d);
        return new Distance(true, days, Math.floorDiv(days + 6, 7),
                asOf.plusMonths(months).isBefore(d) ? months + 1 : months);
    }
}
