package io.github.stepadvisor;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSummary;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.rules.Candidate;
import io.github.stepadvisor.rules.Shortlist;
import io.github.stepadvisor.rules.Facts;
import io.github.stepadvisor.rules.Standing;
import io.github.stepadvisor.rules.Thresholds;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Classifies a catalogue for one applicant with the rules of {@code programs/}
 * ({@code program-list.md}). The factor rules fire first, each program joined with the one
 * {@link Standing}; every category is then summed once in Java; then the list-advice rules see the
 * {@link Shortlist}. Inputs must be valid already (the facade checks them).
 */
final class ProgramPicker {

    /** No program rule fires more often than this for one program, unless one is looping. */
    private static final int MAX_FIRINGS_PER_PROGRAM = 16;
    private static final int MAX_LIST_FIRINGS = 1_000;

    private ProgramPicker() {
    }

    static ProgramList pick(RuleSet rules, Applicant applicant, List<Program> catalogue, LocalDate asOf) {
        Thresholds thresholds = rules.thresholds();
        Facts facts = Facts.of(applicant, asOf, thresholds, rules.tiers());
        Standing standing = new Standing(facts);
        Set<Specialty> targets = applicant.targetSpecialties().isEmpty() ? EnumSet.allOf(Specialty.class)
                : EnumSet.copyOf(applicant.targetSpecialties());
        List<Program> targeted = new ArrayList<>(catalogue.size());
        for (Program program : catalogue) {
            if (targets.contains(program.specialty())) {
                targeted.add(program);
            }
        }
        int notTargeted = catalogue.size() - targeted.size();
        List<Candidate> candidates = Candidate.ofList(targeted, standing, thresholds, rules.tiers());
        int factorLimit = MAX_FIRINGS_PER_PROGRAM * (candidates.size() + 1);
        // A replay, to name a looping rule, needs candidates of its own: rules change them as they fire.
        Consumer<KieSession> factors = s -> insertFactors(s, facts, standing,
                Candidate.ofList(targeted, standing, thresholds, rules.tiers()));
        KieSession session = rules.programsBase().newKieSession();
        try {
            insertFactors(session, facts, standing, candidates);
            fire(session, factorLimit, rules, factors);

            List<ProgramResult> results = new ArrayList<>(candidates.size());
            Map<ProgramCategory, Integer> counts = new EnumMap<>(ProgramCategory.class);
            Map<String, Integer> exclusions = new TreeMap<>();
            for (Candidate candidate : candidates) {
                ProgramResult result = candidate.result();
                results.add(result);
                counts.merge(result.category(), 1, Integer::sum);
                if (candidate.isExcluded()) {
                    // Only exclude() records an exclusion, and it marks the program excluded.
                    candidate.exclusions().forEach(id -> exclusions.merge(id, 1, Integer::sum));
                }
            }
            ProgramSummary summary = new ProgramSummary(candidates.size(),
                    counts.getOrDefault(ProgramCategory.SAFETY, 0), counts.getOrDefault(ProgramCategory.TARGET, 0),
                    counts.getOrDefault(ProgramCategory.REACH, 0), counts.getOrDefault(ProgramCategory.EXCLUDED, 0),
                    notTargeted);
            Shortlist shortlist = new Shortlist(summary, exclusions, results);
            session.insert(shortlist);
            fire(session, MAX_LIST_FIRINGS, rules, s -> {
                factors.accept(s);
                s.fireAllRules(factorLimit);
                s.insert(shortlist);
            });

            List<Recommendation> recommendations = new ArrayList<>();
            for (Object fact : session.getObjects(new ClassObjectFilter(Recommendation.class))) {
                recommendations.add((Recommendation) fact);
            }
            return new ProgramList(applicant.name(), asOf, standing.applicantScore(), results, summary,
                    recommendations);
        } finally {
            session.dispose();
        }
    }

    private static void insertFactors(KieSession session, Facts facts, Standing standing, List<Candidate> candidates) {
        for (Object fact : facts.all()) {
            session.insert(fact);
        }
        session.insert(standing);
        for (Candidate candidate : candidates) {
            session.insert(candidate);
        }
    }

    /**
     * Fires the session's rules up to {@code limit}; at the limit a rule is looping, and
     * {@code replay} (the facts up to this step, in a fresh session) finds which.
     */
    private static void fire(KieSession session, int limit, RuleSet rules, Consumer<KieSession> replay) {
        if (rules.fire(session, limit) >= limit) {
            throw RunawayRules.diagnose(rules, rules.programsBase().newKieSession(), replay, limit);
        }
    }
}
