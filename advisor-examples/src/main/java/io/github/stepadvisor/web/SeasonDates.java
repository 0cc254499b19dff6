package io.github.stepadvisor.web;

import io.github.stepadvisor.RuleSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Properties;

/**
 * The Step 2 CK dates of a Match season as the server's rules count them: ideal-by and latest
 * reasonable ({@code step2IdealBy}, {@code step2LatestReasonable}) and the booking lead, from the
 * same {@code thresholds.properties} the rules read, so the timeline never disagrees with the
 * advice when an advisor edits them. The rule set has already validated the file.
 */
record SeasonDates(MonthDay idealBy, MonthDay latestReasonable, int bookingLeadWeeks) {

    private static final String BUILT_IN = "/io/github/stepadvisor/rules/" + RuleSet.THRESHOLDS_FILE;

    /** The dates of the built-in rules, or of the rule set in {@code rulesFolder}. */
    static SeasonDates of(Optional<Path> rulesFolder) {
        Properties values = new Properties();
        try (InputStream in = rulesFolder.isPresent()
                ? Files.newInputStream(rulesFolder.get().resolve(RuleSet.THRESHOLDS_FILE))
                : SeasonDates.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the class path");
            }
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                values.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The thresholds of the rules cannot be read", e);
        }
        return new SeasonDates(MonthDay.parse(values.getProperty("step2IdealBy").strip()),
                MonthDay.parse(values.getProperty("step2LatestReasonable").strip()),
                Integer.parseInt(values.getProperty("bookingLeadWeeks").strip()));
    }
}
