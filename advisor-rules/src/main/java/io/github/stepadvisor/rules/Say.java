package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Exam;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Rotation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;
import io.github.stepadvisor.model.UsState;

import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a rule's consequence uses to speak: {@code advise(...)} turns the firing rule's
 * {@code @id} and {@code @source} into a {@link Recommendation}, and the formatters write the
 * applicant's numbers the same way in every reason. DRL files import these as functions.
 */
public final class Say {

    /** The category of each id met so far: an id's category never changes, and every firing asks. */
    private static final Map<String, Category> CATEGORIES = new ConcurrentHashMap<>();

    private Say() {
    }

    /** A recommendation of the firing rule, about no particular specialty. */
    public static Recommendation advise(RuleContext drools, Priority priority, String title, String... reasons) {
        return recommendation(drools.getRule(), priority, Optional.empty(), title, List.of(reasons));
    }

    /** A recommendation of the firing rule about one specialty. */
    public static Recommendation adviseOn(RuleContext drools, Specialty subject, Priority priority, String title,
            String... reasons) {
        return recommendation(drools.getRule(), priority, Optional.of(subject), title, List.of(reasons));
    }

    /**
     * {@link #advise(RuleContext, Priority, String, String...)} for the precompiled rules: their
     * consequences see {@code drools} as the executable model's {@link Drools}, which is a
     * {@link RuleContext} underneath.
     */
    public static Recommendation advise(Drools drools, Priority priority, String title, String... reasons) {
        return advise(context(drools), priority, title, reasons);
    }

    /** {@link #adviseOn(RuleContext, Specialty, Priority, String, String...)} for the precompiled rules. */
    public static Recommendation adviseOn(Drools drools, Specialty subject, Priority priority, String title,
            String... reasons) {
        return adviseOn(context(drools), subject, priority, title, reasons);
    }

    /**
     * The rule context behind {@code drools} in a consequence of the precompiled rules; a helper
     * taking a {@link RuleContext} offers a {@link Drools} overload through this.
     */
    public static RuleContext context(Drools drools) {
        if (drools instanceof RuleContext context) {
            return context;
        }
        return drools.getContext(RuleContext.class);
    }

    static Recommendation recommendation(Rule rule, Priority priority, Optional<Specialty> subject, String title,
            List<String> reasons) {
        String id = RuleMetadata.id(rule).orElseThrow(() -> new MissingIdException(rule.getName()));
        Category category = CATEGORIES.computeIfAbsent(id, i -> Category.ofId(i).orElse(null));
        if (category == null) {
            throw new IllegalStateException("Rule \"" + rule.getName() + "\": @id " + id + " names no category");
        }
        String source = RuleMetadata.source(rule).orElse("");
        // A consequence writes an optional sentence as `condition ? "sentence" : ""`: the empty one is left out.
        List<String> said = new ArrayList<>(reasons.size());
        for (String reason : reasons) {
            if (!reason.isEmpty()) {
                said.add(reason);
            }
        }
        return new Recommendation(id, category, priority, subject, title, said, source);
    }

    /** "201, 204 and 199": the scores of practice tests, oldest first. */
    public static String scores(List<PracticeTest> tests) {
        return join(tests.stream().map(t -> String.valueOf(t.score())).toList());
    }

    /** "NBME 201 on 2026-10-01, UWSA1 204 on 2026-10-15": tests with form and date. */
    public static String tests(List<PracticeTest> tests) {
        return join(tests.stream().map(t -> t.form().label() + " " + t.score() + " on " + t.date()).toList());
    }

    /** "a, b and c". */
    public static String join(Collection<String> parts) {
        List<String> list = List.copyOf(parts);
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /** A number as written: 232.5, or 232 when whole. */
    public static String num(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.valueOf(Math.round(value * 100) / 100.0);
    }

    /** "1 month", "3 months". */
    public static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "once", "twice", "3 times". */
    public static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    /** Specialty names as an applicant reads them. */
    public static String specialties(Collection<Specialty> specialties) {
        return join(specialties.stream().map(Specialty::label).toList());
    }

    /** Rotation names as an applicant reads them: "internal medicine, surgery and pediatrics". */
    public static String rotations(Collection<Rotation> rotations) {
        return join(rotations.stream().map(Rotation::label).toList());
    }

    /** State codes: "OH and IL". */
    public static String states(Collection<UsState> states) {
        return join(states.stream().map(UsState::name).toList());
    }

    /** Program settings: "community and university-affiliated". */
    public static String settings(Collection<ProgramSetting> settings) {
        return join(settings.stream().map(ProgramSetting::label).toList());
    }

    /** "Step 1", "Step 2 CK". */
    public static String exams(Collection<Exam> exams) {
        return join(exams.stream().map(Exam::label).toList());
    }


    /** A tier as a reader knows it: "highly competitive", "moderately competitive", "less competitive". Not named {@code tier}: an imported function of that name would shadow the {@code tier} property in constraints. */
    public static String tierName(Tier tier) {
        return switch (tier) {
            case ULTRA -> "highly competitive";
            case MODERATE -> "moderately competitive";
            case LESS -> "less competitive";
            case UNRATED -> "unrated";
        };
    }

    /**
     * When something had to start, said as a fact: "on 2027-01-10" while that is still ahead, and
     * "on 2026-09-10; that was 2 months ago: start now" once it has passed, so a date before asOf
     * is never offered as a plan.
     */
    public static String startDate(LocalDate start, LocalDate asOf) {
        if (!start.isBefore(asOf)) {
            return "on " + start;
        }
        return "on " + start + "; that was " + ago(start, asOf) + ": start now";
    }

    /** "10 months ago", "3 weeks ago", "5 days ago": how long before asOf a date lies. */
    public static String ago(LocalDate date, LocalDate asOf) {
        Period gap = Period.between(date, asOf);
        long months = gap.toTotalMonths();
        if (months > 0) {
            return count((int) months, "month", "months") + " ago";
        }
        int days = gap.getDays();
        return days >= 7 ? count(days / 7, "week", "weeks") + " ago" : count(days, "day", "days") + " ago";
    }





    /** Target specialties as an applicant reads them, internal medicine marked where only its university programs put it out of a tier. */
    public static String targets(Collection<Target> targets) {
        List<String> names = new ArrayList<>();
        for (Target target : targets) {
            names.add(target.specialty() == Specialty.INTERNAL_MEDICINE && target.tier() == Tier.MODERATE
                    ? target.specialty().label() + " at university programs only"
                    : target.specialty().label());
        }
        return join(names);
    }

    /**
     * What makes a Step profile low, each as a phrase in the applicant's numbers: "Step 1 failed
     * twice", "a borderline Step 1 of 196 (at or below 200)", "a Step 2 CK of 221, below the 225
     * band of the less competitive specialties", "Step 2 CK failed once". Empty when it is not low.
     */
    public static List<String> lowStepProfile(StepProfile profile, int step1Borderline) {
        List<String> facts = new ArrayList<>(step1FailedOrBorderline(profile.getStep1(), step1Borderline));
        Step2 step2 = profile.getStep2();
        if (profile.isStep2BelowLessBand()) {
            facts.add("a Step 2 CK of " + step2.getScore() + ", below the " + profile.getLessBand()
                    + " band of the less competitive specialties");
        }
        if (step2.isFailed()) {
            facts.add("Step 2 CK failed " + times(step2.getFailCount()));
        }
        return facts;
    }

    /** The Step 1 part of {@link #lowStepProfile}: "Step 1 failed twice", "a borderline Step 1 of 196 (at or below 200)". */
    private static List<String> step1FailedOrBorderline(Step1 step1, int step1Borderline) {
        List<String> facts = new ArrayList<>();
        if (step1.isFailed()) {
            facts.add("Step 1 failed " + times(step1.getFailCount()));
        }
        if (step1.isBorderline()) {
            facts.add("a borderline Step 1 of " + step1.getScore() + " (at or below " + step1Borderline + ")");
        }
        return facts;
    }

    /** Joins phrases with "; ". */
    public static String facts(Collection<String> phrases) {
        return phrases.stream().collect(Collectors.joining("; "));
    }

    /**
     * Whether {@code failure} is a rule without {@code @id} asking for a recommendation: an edited
     * rule set's mistake, which the facade reports as such (a rule without {@code @id} that gives
     * no advice is fine).
     */
    public static boolean isMissingId(Throwable failure) {
        return failure instanceof MissingIdException;
    }

    private static final class MissingIdException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        MissingIdException(String rule) {
            super("Rule \"" + rule + "\" has no @id");
        }
    }
}
