package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Friendliness;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Step1FailPolicy;
import io.github.stepadvisor.model.Tier;
import io.github.stepadvisor.model.UsState;
import io.github.stepadvisor.model.VisaSponsorship;

import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Modifies;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

import org.kie.api.definition.type.PropertyReactive;

/**
 * One catalogue program as the rules see it for one applicant: the terms of
 * {@code program-list.md} computed once (tier, reference score, margin, friendliness), and the
 * factors the rules found. Rules record a factor through {@link #exclude}, {@link #level},
 * {@link #adjust} or {@link #cap}; {@link #result()} then sums them once.
 *
 * <p>Absent values read as {@code 0} (or null for the two policies) and come with a flag saying
 * whether they are known, so constraints stay simple.
 *
 * <p>The one fact rules modify, so the one that is property reactive: marking it excluded wakes
 * only the rules that test {@code excluded}.
 *
 * <p>Why this file is long: the terms of one program for one applicant (computed once, read by
 * every classification rule) and the factors the rules record on it are one fact, and
 * {@link #result()} must see both to sum them in the contract's order.
 */
@PropertyReactive
public final class Candidate {

    /** The kinds of factor, in the order a program's factors and reasons are listed. */
    enum Kind { EXCLUSION, LEVEL, ADJUSTMENT, CAP }

    /**
     * A factor that applied: {@code decision} is its part of the program's first reason (see
     * {@link Verdict}), {@code levels} a base level's or a cap's level, or an adjustment's step
     * (0 for an exclusion).
     */
    private record Factor(Kind kind, String id, String decision, int levels, String[] reasons) {
    }

    private static final Comparator<Factor> FACTOR_ORDER =
            Comparator.comparing(Factor::kind).thenComparing(Factor::id);

    private final Program program;
    private final Tier tier;
    /** The university setting changed the tier (internal medicine): reasons say so. */
    private final boolean universityTier;
    private final OptionalInt reference;
    private final OptionalInt margin;
    private final Friendliness friendliness;
    /** The applicant and the thresholds this program is classified against, for its reasons. */
    private final Standing standing;
    private final Thresholds thresholds;
    /** Shared by the programs of one list. */
    private final Phrases phrases;

    private final List<Factor> factors = new ArrayList<>(4);
    private boolean excluded;
    private ProgramCategory base;
    private int adjustment;
    private ProgramCategory highest = ProgramCategory.SAFETY;

    /**
     * The candidates of one program list, in the order of {@code programs}: made with one standing
     * and one set of thresholds, they share the reasons they would otherwise each write alike.
     */
    public static List<Candidate> ofList(List<Program> programs, Standing standing, Thresholds thresholds,
            Tiers tiers) {
        Phrases phrases = new Phrases();
        List<Candidate> candidates = new ArrayList<>(programs.size());
        for (Program program : programs) {
            candidates.add(new Candidate(program, standing, thresholds, tiers, phrases));
        }
        return candidates;
    }

    /** A program of a list whose candidates share {@code phrases} (all made with the same standing and thresholds). */
    private Candidate(Program program, Standing standing, Thresholds thresholds, Tiers tiers, Phrases phrases) {
        this.program = program;
        this.phrases = phrases;
        boolean university = program.setting() == ProgramSetting.UNIVERSITY;
        this.tier = tiers.of(program.specialty(), university);
        this.universityTier = university && tier != tiers.of(program.specialty(), false);
        this.reference = program.step2Median().isPresent() ? program.step2Median()
                : tier.isRated() ? OptionalInt.of(Target.band(tier, thresholds)) : OptionalInt.empty();
        this.margin = standing.isScoreKnown() && reference.isPresent()
                ? OptionalInt.of(standing.getScore() - reference.getAsInt()) : OptionalInt.empty();
        this.friendliness = friendliness(program.imgShare(), thresholds);
        this.standing = standing;
        this.thresholds = thresholds;
    }

    private static Friendliness friendliness(OptionalInt imgShare, Thresholds t) {
        if (imgShare.isEmpty()) {
            return Friendliness.UNKNOWN;
        }
        int share = imgShare.getAsInt();
        return share >= t.programFriendlyImgShare() ? Friendliness.HIGH
                : share >= t.programMediumImgShare() ? Friendliness.MEDIUM : Friendliness.LOW;
    }

    // ---- Terms -----------------------------------------------------------------------------

    public Program getProgram() {
        return program;
    }

    /** Program tier: its specialty's, with the university override for a UNIVERSITY program. */
    public Tier getTier() {
        return tier;
    }

    public UsState getState() {
        return program.state();
    }

    /** Reference score: the program's median, else its tier's band; none for UNRATED without a median. */
    public boolean isReferenceKnown() {
        return reference.isPresent();
    }

    public int getReference() {
        return reference.orElse(0);
    }

    /** The reference score is the program's own median, not its tier's band. */
    public boolean isReferenceMedian() {
        return program.step2Median().isPresent();
    }

    /** Margin: applicant score - reference score, when both exist. */
    public boolean isMarginKnown() {
        return margin.isPresent();
    }

    public int getMargin() {
        return margin.orElse(0);
    }

    /** Friendliness from imgShare: HIGH, MEDIUM, LOW, or UNKNOWN when blank. */
    public Friendliness getFriendliness() {
        return friendliness;
    }

    public int getImgShare() {
        return program.imgShare().orElse(0);
    }

    public boolean isStep2MinimumKnown() {
        return program.step2Minimum().isPresent();
    }

    public int getStep2Minimum() {
        return program.step2Minimum().orElse(0);
    }

    /** The program's Step 1 failure policy, null when the catalogue leaves it blank. */
    public Step1FailPolicy getStep1Policy() {
        return program.step1FailAccepted().orElse(null);
    }

    public boolean isMaxYearsSinceGraduationKnown() {
        return program.maxYearsSinceGraduation().isPresent();
    }

    public int getMaxYearsSinceGraduation() {
        return program.maxYearsSinceGraduation().orElse(0);
    }

    public boolean isUsceRequiredKnown() {
        return program.usceRequiredMonths().isPresent();
    }

    public int getUsceRequiredMonths() {
        return program.usceRequiredMonths().orElse(0);
    }

    /** The visas the program sponsors, null when the catalogue leaves it blank. */
    public VisaSponsorship getVisaSponsorship() {
        return program.visaSponsorship().orElse(null);
    }

    /** An exclusion rule has fired: no level, adjustment or cap applies any more. */
    public boolean isExcluded() {
        return excluded;
    }

    // ---- Factors, recorded by the firing rule ----------------------------------------------

    /**
     * The firing rule's exclusion applies; call inside {@code modify}, so the other rules see it.
     * {@code closedBy} names the requirement for the first reason ("its published Step 2 CK minimum of 230").
     */
    @Modifies({"excluded"})
    public void exclude(RuleContext drools, String closedBy, String... reasons) {
        record(drools, Kind.EXCLUSION, closedBy, 0, reasons);
        excluded = true;
    }

    /**
     * The firing rule sets the base level: SAFETY, TARGET or REACH. {@code basis} is what it saw,
     * for the first reason: "{basis} makes it a target" ("a margin of +4").
     */
    public void level(RuleContext drools, ProgramCategory level, String basis, String... reasons) {
        if (level == ProgramCategory.EXCLUDED) {
            throw new IllegalArgumentException("EXCLUDED is no level: use exclude(...)");
        }
        if (base != null) {
            throw new IllegalStateException("Program " + program.id() + " got two base levels (" + base + " and "
                    + level + "): rule \"" + drools.getRule().getName() + "\" overlaps another level rule");
        }
        record(drools, Kind.LEVEL, basis, level(level), reasons);
        base = level;
    }

    /**
     * The firing rule moves the level by {@code levels} (summed with the others before clamping).
     * {@code effect} says so for the first reason: "a failed Step 1 attempt lowers it one level".
     */
    public void adjust(RuleContext drools, int levels, String effect, String... reasons) {
        record(drools, Kind.ADJUSTMENT, effect, levels, reasons);
        adjustment += levels;
    }

    /**
     * The firing rule caps the category at {@code highest}, after adjustments and clamping; the
     * lowest cap wins. {@code cause} says why for the first reason: "Dermatology is highly competitive".
     */
    public void cap(RuleContext drools, ProgramCategory highest, String cause, String... reasons) {
        record(drools, Kind.CAP, cause, level(highest), reasons);
        if (level(highest) < level(this.highest)) {
            this.highest = highest;
        }
    }

    // The same four for the precompiled rules, whose consequences see drools as the executable
    // model's Drools (see Say.context).

    @Modifies({"excluded"})
    public void exclude(Drools drools, String closedBy, String... reasons) {
        exclude(Say.context(drools), closedBy, reasons);
    }

    public void level(Drools drools, ProgramCategory level, String basis, String... reasons) {
        level(Say.context(drools), level, basis, reasons);
    }

    public void adjust(Drools drools, int levels, String effect, String... reasons) {
        adjust(Say.context(drools), levels, effect, reasons);
    }

    public void cap(Drools drools, ProgramCategory highest, String cause, String... reasons) {
        cap(Say.context(drools), highest, cause, reasons);
    }

    private void record(RuleContext drools, Kind kind, String decision, int levels, String[] reasons) {
        String id = idOf(drools.getRule());
        for (Factor factor : factors) {
            if (factor.id().equals(id)) {
                throw new IllegalStateException("Factor " + id + " applied twice to program " + program.id()
                        + ": rule \"" + drools.getRule().getName() + "\" fired again");
            }
        }
        // Kept in the order they are listed (kind, then id): a program has a handful, so no sort later.
        Factor factor = new Factor(kind, id, decision, levels, reasons);
        int at = factors.size();
        while (at > 0 && FACTOR_ORDER.compare(factors.get(at - 1), factor) > 0) {
            at--;
        }
        factors.add(at, factor);
    }

    private static String idOf(Rule rule) {
        return RuleMetadata.id(rule).orElseThrow(() -> new IllegalStateException(
                "Rule \"" + rule.getName() + "\" has no @id"));
    }

    /** Levels: REACH = 0, TARGET = 1, SAFETY = 2. */
    private static int level(ProgramCategory category) {
        return switch (category) {
            case REACH -> 0;
            case TARGET -> 1;
            case SAFETY -> 2;
            case EXCLUDED -> throw new IllegalArgumentException("EXCLUDED has no level");
        };
    }

    private static ProgramCategory category(int level) {
        return level <= 0 ? ProgramCategory.REACH : level == 1 ? ProgramCategory.TARGET : ProgramCategory.SAFETY;
    }

    /**
     * The program's category after every rule has fired: EXCLUDED with its exclusions only, or base
     * + the sum of adjustments clamped to REACH..SAFETY, then capped (the lowest cap wins). Its
     * reasons open with the verdict (the category and what decided it), then each factor's own.
     *
     * @throws IllegalStateException when no level rule matched: the rule set leaves a gap
     */
    public ProgramResult result() {
        ProgramCategory category;
        String verdict;
        if (excluded) {
            category = ProgramCategory.EXCLUDED;
            verdict = Verdict.excluded(decisions(Kind.EXCLUSION, any -> true));
        } else if (base == null) {
            throw new IllegalStateException("No program.level rule matched program " + program.id()
                    + ": the level rules must cover every program that is not excluded");
        } else {
            int clamped = Math.max(0, Math.min(2, level(base) + adjustment));
            int level = Math.min(clamped, level(highest));
            category = category(level);
            // A cap decided the category only when it lowered the clamped level: then the lowest
            // cap (and any as low) is named.
            List<String> caps = level < clamped ? decisions(Kind.CAP, cap -> cap == level) : List.of();
            verdict = Verdict.level(decisions(Kind.LEVEL, any -> true).get(0), base,
                    decisions(Kind.ADJUSTMENT, any -> true), adjustment, category(clamped), caps, category);
        }
        // An excluded program's factors are its exclusions and nothing else.
        int listed = 0;
        int reasonCount = 1;
        for (Factor factor : factors) {
            if (!excluded || factor.kind() == Kind.EXCLUSION) {
                listed++;
                reasonCount += factor.reasons().length;
            }
        }
        String[] ids = new String[listed];
        String[] reasons = new String[reasonCount];
        reasons[0] = verdict;
        int i = 0;
        int r = 1;
        for (Factor factor : factors) {
            if (!excluded || factor.kind() == Kind.EXCLUSION) {
                ids[i++] = factor.id();
                System.arraycopy(factor.reasons(), 0, reasons, r, factor.reasons().length);
                r += factor.reasons().length;
            }
        }
        // ProgramResult keeps immutable lists as they are.
        return new ProgramResult(program, category, margin, friendliness, List.of(ids), List.of(reasons));
    }

    /** The first-reason parts of the factors of one kind whose levels pass {@code levels}, in the factors' order. */
    private List<String> decisions(Kind kind, IntPredicate levels) {
        List<String> decisions = new ArrayList<>(2);
        for (Factor factor : factors) {
            if (factor.kind() == kind && levels.test(factor.levels())) {
                decisions.add(factor.decision());
            }
        }
        return decisions;
    }

    /** The ids of the exclusions that applied, for the list's counts. */
    public List<String> exclusions() {
        List<String> ids = new ArrayList<>();
        for (Factor factor : factors) {
            if (factor.kind() == Kind.EXCLUSION) {
                ids.add(factor.id());
            }
        }
        return ids;
    }

    // ---- Reasons ---------------------------------------------------------------------------

    /**
     * {@link #comparison(Standing)} for the applicant this program is classified for. A consequence
     * that names only its Candidate is cheaper for the engine to call than one that also names the
     * Standing.
     */
    public String comparison() {
        // The words depend on the reference score alone when it is the program's median, else on
        // the specialty and whether the university setting changed its tier.
        String[] cache;
        int key;
        if (isReferenceMedian()) {
            cache = phrases.byMedian;
            key = getReference();
        } else {
            cache = phrases.byBand;
            key = program.specialty().ordinal() * 2 + (universityTier ? 1 : 0);
        }
        if (key < 0 || key >= cache.length) {
            return comparison(standing);
        }
        String comparison = cache[key];
        if (comparison == null) {
            comparison = comparison(standing);
            cache[key] = comparison;
        }
        return comparison;
    }

    /**
     * The applicant score against the reference score in the applicant's numbers, e.g. "Your Step 2
     * CK 241 is 9 above the program's median of 232.", or why there is nothing to compare.
     */
    public String comparison(Standing standing) {
        String reference = isReferenceMedian()
                ? "the program's median of " + getReference()
                : "the guide's band of " + getReference() + " for " + program.specialty().label()
                        + (universityTier ? " at a university program" : "") + " (the program publishes no median)";
        if (isMarginKnown()) {
            int m = getMargin();
            String by = m == 0 ? "equals " : "is " + Math.abs(m) + (m > 0 ? " above " : " below ");
            return standing.getScorePhrase() + " " + by + reference + ".";
        }
        if (isReferenceKnown()) {
            return "You have no Step 2 CK score or practice test to compare with " + reference + ".";
        }
        return "The program publishes no Step 2 CK median and the guide gives " + program.specialty().label()
                + " no score band, so there is no score to compare.";
    }

    /** {@link #imgShareReason(Thresholds)} with the thresholds this program is classified with. */
    public String imgShareReason() {
        // The words depend on the share alone (its friendliness follows from it).
        int key = program.imgShare().isPresent() ? getImgShare() + 1 : 0;
        if (key >= phrases.imgShares.length) {
            return imgShareReason(thresholds);
        }
        String reason = phrases.imgShares[key];
        if (reason == null) {
            reason = imgShareReason(thresholds);
            phrases.imgShares[key] = reason;
        }
        return reason;
    }

    /**
     * The reasons the programs of one list share, each written once: programs with the same
     * reference score, or the same IMG share, say it in the same words. One list, one thread.
     */
    private static final class Phrases {
        /** By the program's median, for the medians a valid catalogue holds (1-300). */
        private final String[] byMedian = new String[301];
        /** By specialty and whether the university setting changed its tier. */
        private final String[] byBand = new String[Specialty.values().length * 2];
        /** By IMG share + 1 (0 for unknown), for the shares a valid catalogue holds (0-100). */
        private final String[] imgShares = new String[102];
    }

    /** The IMG share and what it makes the program, quoting the thresholds. */
    public String imgShareReason(Thresholds t) {
        return switch (friendliness) {
            case HIGH -> getImgShare() + "% of its residents are international graduates (IMG-friendly: "
                    + t.programFriendlyImgShare() + "% or more).";
            case MEDIUM -> getImgShare() + "% of its residents are international graduates (some IMGs: "
                    + t.programMediumImgShare() + "% or more, under " + t.programFriendlyImgShare() + "%).";
            case LOW -> getImgShare() + "% of its residents are international graduates (few IMGs: under "
                    + t.programMediumImgShare() + "%).";
            case UNKNOWN -> "The catalogue gives no share of international graduates for it, so it does not count as IMG-friendly.";
        };
    }
}
