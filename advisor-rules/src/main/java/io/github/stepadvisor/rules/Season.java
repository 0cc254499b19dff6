package io.github.stepadvisor.rules;

import org.kie.api.definition.type.PropertyReactive;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Match the applicant enters and where asOf and the exam dates fall in its season: the
 * ideal-by, latest reasonable and latest booking dates for Step 2 CK, and the application season.
 * Every date and flag is unknown ({@code null}, {@code false}) without a matchYear; rules test
 * {@code matchYearKnown} or a flag that implies it. Property reactive only so an explanation can
 * ask Drools which properties a rule's conditions read.
 */
@PropertyReactive
public final class Season {

    private final LocalDate asOf;
    private final OptionalInt matchYear;
    private final Thresholds thresholds;
    private final Optional<LocalDate> step1Date;
    private final Optional<LocalDate> step2Date;

    Season(LocalDate asOf, OptionalInt matchYear, Thresholds thresholds, Step1 step1, Step2 step2) {
        this.asOf = asOf;
        this.matchYear = matchYear;
        this.thresholds = thresholds;
        this.step1Date = step1.dateIfSet();
        this.step2Date = step2.dateIfSet();
    }

    /** The day the advice is for. */
    public LocalDate getAsOf() {
        return asOf;
    }

    public boolean isMatchYearKnown() {
        return matchYear.isPresent();
    }

    /** The Match the applicant enters, 0 when unknown. */
    public int getMatchYear() {
        return matchYear.orElse(0);
    }

    /** The ideal-by date for Step 2 CK (July of matchYear - 1), or null without matchYear. */
    public LocalDate getIdealBy() {
        return seasonDate(thresholds.step2IdealBy());
    }

    /** The latest reasonable Step 2 CK date (early August of matchYear - 1), or null. */
    public LocalDate getLatestReasonable() {
        return seasonDate(thresholds.step2LatestReasonable());
    }

    /** The latest reasonable date minus the booking lead, or null without matchYear. */
    public LocalDate getLatestBooking() {
        LocalDate latest = getLatestReasonable();
        return latest == null ? null : latest.minusWeeks(thresholds.bookingLeadWeeks());
    }

    private LocalDate seasonDate(MonthDay day) {
        return matchYear.isPresent() ? day.atYear(matchYear.getAsInt() - 1) : null;
    }

    /** The Step 2 CK date is set and on or before the ideal-by date. */
    public boolean isStep2DateByIdeal() {
        return isMatchYearKnown() && step2Date.isPresent() && !step2Date.get().isAfter(getIdealBy());
    }

    /** The Step 2 CK date is set and on or before the latest reasonable date. */
    public boolean isStep2DateByLatestReasonable() {
        return isMatchYearKnown() && step2Date.isPresent() && !step2Date.get().isAfter(getLatestReasonable());
    }

    /** The Step 2 CK date is set and after the latest reasonable date. */
    public boolean isStep2DateTooLate() {
        return isMatchYearKnown() && step2Date.isPresent() && step2Date.get().isAfter(getLatestReasonable());
    }

    /** asOf is on or after the latest booking date. */
    public boolean isPastLatestBooking() {
        return isMatchYearKnown() && !asOf.isBefore(getLatestBooking());
    }

    /** asOf is after the latest reasonable date: no Step 2 CK date can land by it any more. */
    public boolean isPastLatestReasonable() {
        return isMatchYearKnown() && asOf.isAfter(getLatestReasonable());
    }

    /**
     * Step 1 ends after the latest booking date: its booked date, or asOf without one, is later
     * than that date, so Step 2 CK booked after a Step 1 pass misses the screening.
     */
    public boolean isStep1AfterLatestBooking() {
        return isMatchYearKnown() && step1Date.orElse(asOf).isAfter(getLatestBooking());
    }

    /** Too late for this season: a Step 2 CK date after latest-reasonable, or none past the latest booking date. */
    public boolean isStep2TooLateForSeason() {
        return isStep2DateTooLate() || (step2Date.isEmpty() && isPastLatestBooking());
    }

    /** From {@code prepHorizonMonths} before the ideal-by date until the day before the latest booking date. */
    public boolean isInStep2BookingWindow() {
        if (!isMatchYearKnown()) {
            return false;
        }
        LocalDate opens = getIdealBy().minusMonths(thresholds.prepHorizonMonths());
        return !asOf.isBefore(opens) && asOf.isBefore(getLatestBooking());
    }

    /** asOf is on or before 31 March of matchYear: this Match is still ahead. */
    public boolean isMatchAhead() {
        return isMatchYearKnown() && !asOf.isAfter(LocalDate.of(getMatchYear(), Month.MARCH, 31));
    }

    /** From 1 January of matchYear - 1 until 31 March of matchYear. */
    public boolean isInApplicationSeason() {
        return isMatchYearKnown() && !asOf.isBefore(LocalDate.of(getMatchYear() - 1, Month.JANUARY, 1))
                && isMatchAhead();
    }
}
