package io.github.stepadvisor;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.ApplicantValidator;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramValidator;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.rules.Facts;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.KieSessionsPool;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The advisor: reads an applicant and returns the guide's advice for them.
 *
 * <pre>{@code
 * StepAdvisor advisor = StepAdvisor.builtIn();          // compile once, share everywhere
 * Advice advice = advisor.advise(applicant);             // as of the applicant's asOf, or today
 * advice.recommendations().forEach(r -> System.out.println(r.priority() + " " + r.title()));
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: each call works in its own rule session.
 */
public final class StepAdvisor {

    /** A rule set that fires more often than this for one applicant is looping (the built-in rules fire a few dozen times; a loop that re-matches every rule must reach this well within the time limit). */
    static final int MAX_FIRINGS = 2_000;
    /** How long the rules of an edited set may take for one advice (one takes milliseconds). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    private final RuleSet rules;
    /**
     * Advice sessions, reset and reused instead of built per call: a session's node and segment
     * memories are most of what a new one costs. The pool grows to the number of threads advising
     * at once; a session is never shared while in use. Made on the first advice, so listing
     * programs never waits for the advice rules.
     */
    private final Lazy<KieSessionsPool> sessions;
    /**
     * The wall-clock limit of an edited set's advice. Empty for the built-in rules, which end, and
     * for the benchmark's variants, which measure the engine without a thread hand-off.
     */
    private final Optional<SessionTimer> timer;

    /**
     * Package-private for the benchmark's rule variants ({@link RuleSetLoader#fromDirectory(Path, java.util.function.UnaryOperator)}),
     * advised on the caller's thread without a time limit; applications use the factories.
     */
    StepAdvisor(RuleSet rules) {
        this(rules, new Lazy<>(() -> rules.adviceBase().newKieSessionsPool(1)), Optional.empty());
    }

    private StepAdvisor(RuleSet rules, Lazy<KieSessionsPool> sessions, Optional<SessionTimer> timer) {
        this.rules = rules;
        this.sessions = sessions;
        this.timer = timer;
    }

    /**
     * This advisor with another limit on the time the rules of an edited set ({@link #fromDirectory})
     * may take for one advice ({@link #DEFAULT_TIME_LIMIT} unless set): past it, advice stops with
     * an {@link InvalidInputException} naming the rule that was running. The built-in rules, which
     * end, run on the caller's thread without a limit and pay nothing for it.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    public StepAdvisor withTimeLimit(Duration limit) {
        Objects.requireNonNull(limit, "limit must not be null");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + limit);
        }
        return new StepAdvisor(rules, sessions, Optional.of(new SessionTimer(limit)));
    }

    /** The limit on one advice's time: {@link #DEFAULT_TIME_LIMIT} for a folder's rules, none for the built-in ones. */
    public Optional<Duration> timeLimit() {
        return timer.map(SessionTimer::limit);
    }

    /**
     * Builds the advice rules and their sessions now rather than on the first advice: for an
     * application that loads them ahead, on another thread, while it does something else.
     */
    public StepAdvisor prepareAdvice() {
        sessions.get();
        return this;
    }

    /** Builds the program rules now rather than on the first program list (see {@link #prepareAdvice()}). */
    public StepAdvisor preparePrograms() {
        rules.programsBase();
        return this;
    }

    /** The advisor with the built-in rules; they are compiled on the first call only. */
    public static StepAdvisor builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final StepAdvisor INSTANCE = new StepAdvisor(RuleSetLoader.builtIn());
    }

    /**
     * An advisor with the rule set in {@code folder} (same layout as the built-in rules). Its rules
     * run on a worker thread within {@link #DEFAULT_TIME_LIMIT} per advice ({@link #withTimeLimit}).
     *
     * @throws InvalidInputException when the folder does not compile, every problem as
     *                               {@code file:line: message}; nothing is half-loaded
     */
    public static StepAdvisor fromDirectory(Path folder) {
        return new StepAdvisor(RuleSetLoader.fromDirectory(Objects.requireNonNull(folder, "folder")))
                .withTimeLimit(DEFAULT_TIME_LIMIT);
    }

    /**
     * The rule set this advisor applies: its rules with their files, ids and sources, and the
     * warnings an advisor editing them should see ({@link RuleSet#warnings()}).
     */
    public RuleSet ruleSet() {
        return rules;
    }

    /** Advice as of the applicant's {@code asOf}, or today when it has none. */
    public Advice advise(Applicant applicant) {
        Objects.requireNonNull(applicant, "applicant");
        return advise(applicant, applicant.asOf().orElse(LocalDate.now()));
    }

    /**
     * Advice as of {@code asOf}.
     *
     * @throws InvalidInputException listing every problem of the applicant
     */
    public Advice advise(Applicant applicant, LocalDate asOf) {
        return advise(applicant, asOf, false);
    }

    /**
     * Advice as of the applicant's {@code asOf} (or today) whose recommendations each carry an
     * {@link io.github.stepadvisor.model.Explanation}: the rule that fired, what it bound and the
     * applicant's value of each term its conditions read.
     */
    public Advice explain(Applicant applicant) {
        Objects.requireNonNull(applicant, "applicant");
        return explain(applicant, applicant.asOf().orElse(LocalDate.now()));
    }

    /** Advice as of {@code asOf} with an explanation on every recommendation. */
    public Advice explain(Applicant applicant, LocalDate asOf) {
        return advise(applicant, asOf, true);
    }

    private static void insertFacts(KieSession session, Facts facts) {
        for (Object fact : facts.all()) {
            session.insert(fact);
        }
    }

    private Advice advise(Applicant applicant, LocalDate asOf, boolean explain) {
        return advise(applicant, asOf, explain, Optional.empty());
    }

    /**
     * Advice from the rules {@code only} lets fire, the others silent: a test of one rule alone
     * ({@code only = rule -> rule.getName().equals("...")}), whatever the other rules would add or
     * take away. For tests; applications get advice from every rule.
     */
    Advice adviseWithOnly(Applicant applicant, LocalDate asOf, java.util.function.Predicate<org.kie.api.definition.rule.Rule> only) {
        Objects.requireNonNull(only, "only");
        return advise(applicant, asOf, true, Optional.of(match -> only.test(match.getRule())));
    }

    private Advice advise(Applicant applicant, LocalDate asOf, boolean explain, Optional<AgendaFilter> filter) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(asOf, "asOf");
        ApplicantValidator.requireValid(applicant, asOf);
        Facts facts = Facts.of(applicant, asOf, rules.thresholds(), rules.tiers());
        // An explained advice listens to its session, and an edited set's may be abandoned to its
        // worker: each gets a session of its own rather than a pooled one.
        boolean timed = timer.isPresent();
        KieSession session = explain || timed ? rules.adviceBase().newKieSession() : sessions.get().newKieSession();
        ExplanationRecorder recorder = explain ? new ExplanationRecorder(rules, facts.all()) : null;
        if (recorder != null) {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        }
        boolean abandoned = false;
        try {
            Callable<Integer> work = () -> {
                insertFacts(session, facts);
                return rules.fire(session, filter, MAX_FIRINGS);
            };
            int fired;
            try {
                fired = timed ? timer.get().run(rules, session, work) : work.call();
            } catch (SessionTimer.AbandonedSessionException e) {
                abandoned = true;
                throw e;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (fired >= MAX_FIRINGS) {
                throw RunawayRules.diagnose(rules, rules.adviceBase().newKieSession(),
                        s -> insertFacts(s, facts), MAX_FIRINGS);
            }
            List<Recommendation> recommendations = new ArrayList<>();
            for (Object fact : session.getObjects(new ClassObjectFilter(Recommendation.class))) {
                Recommendation recommendation = (Recommendation) fact;
                recommendations.add(recorder == null ? recommendation : recorder.explain(recommendation));
            }
            return new Advice(applicant.name(), asOf, AtAGlance.standing(facts), recommendations);
        } finally {
            if (!abandoned) {
                session.dispose();
            }
        }
    }

    /** The program list as of the applicant's {@code asOf}, or today when it has none. */
    public ProgramList programs(Applicant applicant, List<Program> catalogue) {
        Objects.requireNonNull(applicant, "applicant");
        return programs(applicant, catalogue, applicant.asOf().orElse(LocalDate.now()));
    }

    /**
     * Classifies every program of {@code catalogue} in the applicant's target specialties as
     * safety, target, reach or excluded, with the factors and reasons of each, and advice about
     * the list as a whole ({@code program-list.md}).
     *
     * @throws InvalidInputException listing every problem of the applicant and the catalogue
     */
    public ProgramList programs(Applicant applicant, List<Program> catalogue, LocalDate asOf) {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(asOf, "asOf");
        List<Problem> applicantProblems = ApplicantValidator.problems(applicant, asOf);
        List<Problem> catalogueProblems = ProgramValidator.problems(catalogue);
        if (!applicantProblems.isEmpty() || !catalogueProblems.isEmpty()) {
            List<Problem> all = new ArrayList<>(applicantProblems);
            all.addAll(catalogueProblems);
            String what = catalogueProblems.isEmpty() ? "Invalid applicant"
                    : applicantProblems.isEmpty() ? "Invalid catalogue" : "Invalid applicant and catalogue";
            throw new InvalidInputException(what, all);
        }
        return ProgramPicker.pick(rules, applicant, catalogue, asOf);
    }
}
