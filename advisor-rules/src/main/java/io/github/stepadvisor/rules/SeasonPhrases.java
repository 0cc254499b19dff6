package io.github.stepadvisor.rules;

/**
 * Sentences about the Match season that several rules of {@code step2-timing.drl} say word for
 * word: written once here, so an advisor changes them in one place.
 */
public final class SeasonPhrases {

    /** The guide's answer to FAQ 3, quoted by each rule of application.apply-with-step2. */
    public static final String FAQ_3 = "FAQ 3: for most US-citizen IMGs it is better to apply with a completed Step 2 CK, an objective metric to compare you with US MD/DO graduates; when timing makes that impossible, apply on time and have it done early in the season so programs see the score while they still interview.";

    private SeasonPhrases() {
    }

    /**
     * "Your Step 2 CK date, 2027-09-01, is after 2027-08-05, the latest reasonable date for the
     * 2028 Match: the score will not be back when programs screen in September 2027."
     */
    public static String step2AfterLatestReasonable(Step2 step2, Season season) {
        return "Your Step 2 CK date, " + Step2Phrases.date(step2) + ", is after " + season.getLatestReasonable()
                + ", the latest reasonable date for the " + season.getMatchYear()
                + " Match: the score will not be back when programs screen in September " + (season.getMatchYear() - 1) + ".";
    }

    /**
     * "No Step 2 CK date is booked and today (2027-07-20) is on or after 2027-07-08, the latest
     * booking date (2027-08-05, the latest reasonable date for the 2028 Match, minus 4 weeks)."
     */
    public static String noStep2DateAfterLatestBooking(Season season, int leadWeeks) {
        return "No Step 2 CK date is booked and today (" + season.getAsOf() + ") is on or after " + season.getLatestBooking()
                + ", the latest booking date (" + season.getLatestReasonable() + ", the latest reasonable date for the "
                + season.getMatchYear() + " Match, minus " + Say.count(leadWeeks, "week", "weeks") + ").";
    }
}
