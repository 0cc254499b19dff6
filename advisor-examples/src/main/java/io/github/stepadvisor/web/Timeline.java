package io.github.stepadvisor.web;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.ExamAttempt;
import io.github.stepadvisor.model.PlannedExam;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The applicant's year as dated events: {@code asOf}, each Step 1 and Step 2 CK attempt and
 * booking, and with a {@code matchYear} the season's dates. The Step 2 CK dates are the rules'
 * own ({@code heuristics.md}); ERAS opening, programs seeing applications, the rank-order
 * deadline and Match Day follow the usual ERAS and NRMP calendar and are marked approximate, since
 * each year's exact dates are published by ERAS and NRMP, not by the guide.
 */
record Timeline(LocalDate asOf, OptionalInt matchYear, List<Event> events) {

    /** One dated point; {@code id} is stable for clients, {@code label} is for people. */
    record Event(String id, String label, LocalDate date, boolean approximate) {
    }

    Timeline {
        events = List.copyOf(events);
    }

    static Timeline of(Applicant applicant, LocalDate today, SeasonDates dates) {
        LocalDate asOf = applicant.asOf().orElse(today);
        List<Event> events = new ArrayList<>();
        events.add(new Event("asOf", "Advice as of", asOf, false));
        for (ExamAttempt attempt : applicant.exams()) {
            String result = switch (attempt.result()) {
                case PASS -> "passed";
                case FAIL -> "failed";
                case PENDING -> "taken, result pending";
            };
            events.add(new Event(attempt.exam().name() + "." + attempt.result().name(),
                    attempt.exam().label() + " " + result
                            + attempt.score().stream().mapToObj(score -> " (" + score + ")").findFirst().orElse(""),
                    attempt.date(), false));
        }
        for (PlannedExam planned : applicant.plannedExams()) {
            events.add(new Event(planned.exam().name() + ".BOOKED", planned.exam().label() + " booked", planned.date(), false));
        }
        if (applicant.matchYear().isPresent()) {
            int match = applicant.matchYear().getAsInt();
            int year = match - 1;
            LocalDate latestReasonable = dates.latestReasonable().atYear(year);
            events.add(new Event("step2IdealBy", Exam.STEP_2_CK.label() + " ideal by", dates.idealBy().atYear(year), false));
            events.add(new Event("step2LatestReasonable", Exam.STEP_2_CK.label() + " latest reasonable", latestReasonable, false));
            events.add(new Event("latestBooking", "Latest date to book " + Exam.STEP_2_CK.label(),
                    latestReasonable.minusWeeks(dates.bookingLeadWeeks()), false));
            events.add(new Event("erasOpens", "ERAS opens", nth(year, Month.JUNE, 1, DayOfWeek.WEDNESDAY), true));
            events.add(new Event("programsSeeApplications", "Programs see applications",
                    LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.WEDNESDAY)), true));
            events.add(new Event("rankOrderDeadline", "Rank-order list deadline", nth(match, Month.MARCH, 1, DayOfWeek.WEDNESDAY), true));
            events.add(new Event("matchDay", "Match Day", nth(match, Month.MARCH, 3, DayOfWeek.FRIDAY), true));
        }
        // Stable: events on one day keep the order above (asOf first, then the exams).
        events.sort(Comparator.comparing(Event::date));
        return new Timeline(asOf, applicant.matchYear(), events);
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
