package io.github.stepadvisor;

import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.rules.RuleMetadata;
import io.github.stepadvisor.rules.Say;
import io.github.stepadvisor.rules.Thresholds;
import io.github.stepadvisor.rules.Tiers;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The rules an advisor applies, as compiled: every rule with its file, id and source
 * ({@link #rules()}), and what an advisor editing them should look at ({@link #warnings()}).
 * Got from {@link StepAdvisor#ruleSet()}; loading and compiling are {@code RuleSetLoader}'s. The
 * built-in set and an advisor's edited copy are read the same way, and a folder with any problem
 * is refused as a whole.
 */
public final class RuleSet {

    public static final String THRESHOLDS_FILE = "thresholds.properties";
    public static final String TIERS_FILE = "tiers.properties";

    /**
     * How rules are compiled, at run time here and at build time for the built-in set (the same
     * keys are in {@code META-INF/kmodule.xml}, which a test holds to this map). Property
     * reactivity is opt-in: the topic facts and Candidate declare it (@PropertyReactive), the
     * topic facts so an explanation can ask Drools which properties a condition reads.
     */
    static final Map<String, String> BUILD_OPTIONS = Map.of("drools.propertySpecific", "ALLOWED");

    /** The rule folders, each its own knowledge base: its DRL files declare the folder's package ({@link #packageOf}). */
    public static final List<String> FOLDERS = List.of("advice", "programs");
    /**
     * What a folder's name is prefixed with to make its DRL package, so that the classes compiled
     * from the rules live under this project's namespace rather than in top-level packages.
     */
    static final String PACKAGE_PREFIX = "io.github.stepadvisor.rules.";

    // The precompiled knowledge bases are each made on first use, so a command that gives one
    // advice in a fresh JVM does not wait for the program rules or the list of rule files, and one
    // that lists programs does not wait for the advice rules. Rules compiled from a folder are all
    // built (and checked) when loaded.
    private final Lazy<KieBase> advice;
    private final Lazy<KieBase> programs;
    private final Thresholds thresholds;
    private final Tiers tiers;
    private final UnaryOperator<String> namer;
    private final boolean builtIn;
    private final boolean precompiled;
    private final Lazy<List<RuleInfo>> rules;
    /** "package/rule name" to the file declaring it, for rules compiled without one (the precompiled set). */
    private final Lazy<Map<String, String>> fileByRule;
    /** The properties each rule's conditions read, found as advice is explained. */
    private final Map<Rule, List<ConditionTerms.Term>> termsByRule = new ConcurrentHashMap<>();

    /**
     * @param namer      how this set names a file relative to its root ({@code built-in:advice/step1.drl})
     * @param fileByRule "package/rule name" to its file, read only for a rule compiled without one
     */
    RuleSet(Supplier<KieBase> advice, Supplier<KieBase> programs, Thresholds thresholds, Tiers tiers,
            UnaryOperator<String> namer, boolean builtIn, boolean precompiled,
            Supplier<Map<String, String>> fileByRule) {
        this.advice = new Lazy<>(() -> withValidIds(advice.get()));
        this.programs = new Lazy<>(programs);
        this.thresholds = thresholds;
        this.tiers = tiers;
        this.namer = namer;
        this.builtIn = builtIn;
        this.precompiled = precompiled;
        this.fileByRule = new Lazy<>(fileByRule);
        this.rules = new Lazy<>(() -> List.copyOf(describeRules()));
    }

    /** Every rule of the set, by folder and then name. */
    public List<RuleInfo> rules() {
        return rules.get();
    }

    /**
     * What an advisor should look at although the set compiles: a rule without {@code @id} or
     * {@code @source}, an id shared by rules of two files, an id not in the catalogue.
     */
    public List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>();
        Map<String, RuleInfo> firstById = new java.util.HashMap<>();
        for (RuleInfo rule : rules()) {
            String where = rule.file();
            if (rule.id().isEmpty()) {
                warnings.add(new Problem(where, "rule \"" + rule.name() + "\" has no @id; if it gives advice, "
                        + "advising stops with an error when it fires"));
            }
            if (rule.source().isEmpty()) {
                warnings.add(new Problem(where, "rule \"" + rule.name() + "\" has no @source"));
            }
            if (rule.id().isEmpty()) {
                continue;
            }
            String id = rule.id().get();
            RuleInfo first = firstById.putIfAbsent(id, rule);
            // Rules of one file sharing an id are one heuristic written case by case (one rule per
            // priority or per way it applies); an id met again in another file is likely a copy.
            if (first != null && !first.file().equals(rule.file())) {
                warnings.add(new Problem(where, "rule \"" + rule.name() + "\": @id " + id + " is also used by rule \""
                        + first.name() + "\" in " + first.file()));
            }
            if (!Catalogue.contains(id)) {
                warnings.add(new Problem(where, "rule \"" + rule.name() + "\": @id " + id
                        + " is not in the catalogue (allowed for a new heuristic)"));
            }
        }
        return warnings;
    }

    /** Where the rules came from: a folder, or "built-in". */
    public String origin() {
        return namer.apply("");
    }

    /**
     * What {@link #copyBuiltInTo(Path, CopyMode)} does with a folder that already holds files: an
     * advisor's edited copy is never overwritten unless the caller says so.
     */
    public enum CopyMode {
        /** Copy only into a folder that is missing or empty; refuse any other. */
        NEW_FOLDER_ONLY,
        /** Copy into any folder: the built-in files overwrite theirs, other files stay. */
        REPLACE_BUILT_IN_FILES
    }

    /**
     * Copies the built-in rule set into {@code target}, which must be missing or empty: the
     * starting point for an edited rule set. Same as {@code copyBuiltInTo(target, CopyMode.NEW_FOLDER_ONLY)}.
     *
     * @throws InvalidInputException when {@code target} is a file or a folder that is not empty
     */
    public static List<String> copyBuiltInTo(Path target) {
        return copyBuiltInTo(target, CopyMode.NEW_FOLDER_ONLY);
    }

    /**
     * Copies the built-in rule set (DRL files and data files) into {@code target}, created when
     * missing, and returns the files copied, relative to {@code target} ({@code advice/step1.drl}),
     * sorted. Only rule files are copied: on the class path the rules share their folder with
     * classes.
     *
     * @throws InvalidInputException when {@code target} is a file, or a folder that is not empty
     *                               and {@code mode} is {@link CopyMode#NEW_FOLDER_ONLY}
     * @throws UncheckedIOException  when a file cannot be written
     */
    public static List<String> copyBuiltInTo(Path target, CopyMode mode) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mode, "mode");
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException("Cannot copy the built-in rules",
                    List.of(new Problem(target.toString(), "is a file, not a folder")));
        }
        if (mode == CopyMode.NEW_FOLDER_ONLY && BuiltInFiles.holdsAnything(target)) {
            throw new InvalidInputException("Cannot copy the built-in rules", List.of(new Problem(target.toString(),
                    "is not empty; choose a new folder, or replace the built-in files in it on purpose")));
        }
        return BuiltInFiles.copyTo(target);
    }

    /** Whether the knowledge bases come from the model compiled at build time rather than from DRL compiled now. */
    boolean precompiled() {
        return precompiled;
    }

    /** Whether these are the rules shipped in this jar (trusted, so never timed), not a folder's. */
    boolean isBuiltIn() {
        return builtIn;
    }

    /** The rules of the advice catalogue ({@code advice/}). */
    KieBase adviceBase() {
        return advice.get();
    }

    /** The rules that classify catalogue programs ({@code programs/}). */
    KieBase programsBase() {
        return programs.get();
    }

    Thresholds thresholds() {
        return thresholds;
    }

    Tiers tiers() {
        return tiers;
    }

    /**
     * The file a compiled rule was read from, as this set names files. The precompiled built-in
     * rules keep no file, so theirs is looked up by package and rule name in the DRL shipped
     * beside them; a rule found nowhere is named by its folder ({@code built-in:advice/}).
     */
    String fileOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return namer.apply(RuleSetLoader.stripKieRoot(impl.getResource().getSourcePath()));
        }
        String found = fileByRule.get().get(DrlFiles.key(rule.getPackageName(), rule.getName()));
        return namer.apply(found != null ? found : folderOf(rule.getPackageName()) + "/");
    }

    /** The properties of the topic facts an advice rule's conditions read, in the rule's order. */
    List<ConditionTerms.Term> termsOf(Rule rule) {
        return termsByRule.computeIfAbsent(rule, r -> ConditionTerms.of(adviceBase(), r));
    }

    /**
     * Runs a session's rules. A rule of an edited set whose consequence fails is the set's
     * mistake, not the advisor's: it is reported as an invalid rule set naming the rule and its
     * file, like a compile error. A built-in rule that fails is a fault of ours and is rethrown.
     *
     * @return the number of rules fired
     */
    int fire(KieSession session, int limit) {
        return fire(session, Optional.empty(), limit);
    }

    /** {@link #fire(KieSession, int)} with only the matches {@code filter} accepts, when given. */
    int fire(KieSession session, Optional<AgendaFilter> filter, int limit) {
        try {
            return filter.isPresent() ? session.fireAllRules(filter.get(), limit) : session.fireAllRules(limit);
        } catch (ConsequenceException e) {
            Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
            if (rule == null || builtIn) {
                throw e;
            }
            String what = Say.isMissingId(e.getCause())
                    ? "has no @id, and a rule that gives advice needs one (e.g. @id(\"step1.my-heuristic\"))"
                    : "failed while firing: " + describe(e.getCause());
            throw new InvalidInputException("Invalid rule set",
                    List.of(new Problem(fileOf(rule), "rule \"" + rule.getName() + "\" " + what)));
        }
    }

    /** Why a consequence failed, in words: its message, never the class of the exception. */
    private static String describe(Throwable cause) {
        if (cause instanceof StackOverflowError) {
            return "it recursed without end (the stack overflowed)";
        }
        if (cause instanceof InterruptedException) {
            return "it was interrupted while it waited";
        }
        String message = cause == null ? "" : RuleSetLoader.oneLine(cause.getMessage());
        if (!message.isEmpty()) {
            return message;
        }
        return cause instanceof NullPointerException ? "a value it used was null" : "it failed without saying why";
    }

    /**
     * The DRL package of the rules in {@code folder}: {@code io.github.stepadvisor.rules.advice} for
     * {@code advice}. A folder's files may also declare the folder's bare name ({@code package advice;}).
     */
    static String packageOf(String folder) {
        return PACKAGE_PREFIX + folder;
    }

    /** The folder of a rule's DRL package, whichever of the two names ({@link #packageOf}) it declares. */
    static String folderOf(String pkg) {
        return pkg.startsWith(PACKAGE_PREFIX) ? pkg.substring(PACKAGE_PREFIX.length()) : pkg;
    }

    private List<RuleInfo> describeRules() {
        List<RuleInfo> found = new ArrayList<>();
        for (KieBase base : List.of(advice.get(), programs.get())) {
            for (KiePackage pkg : base.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    found.add(new RuleInfo(rule.getName(), folderOf(rule.getPackageName()), fileOf(rule), RuleMetadata.id(rule),
                            RuleMetadata.source(rule)));
                }
            }
        }
        found.sort(Comparator.comparing(RuleInfo::folder).thenComparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return found;
    }

    /** {@code advice}, once its ids are known to be valid. */
    private KieBase withValidIds(KieBase advice) {
        List<Problem> idProblems = idProblems(advice);
        if (!idProblems.isEmpty()) {
            throw new InvalidInputException("Invalid rule set", idProblems);
        }
        return advice;
    }

    /** An advice rule's id must name a category, or its recommendations could not be ordered. */
    private List<Problem> idProblems(KieBase advice) {
        List<Problem> problems = new ArrayList<>();
        for (KiePackage pkg : advice.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Optional<String> id = RuleMetadata.id(rule);
                if (id.isPresent() && Category.ofId(id.get()).isEmpty()) {
                    problems.add(new Problem(fileOf(rule), "rule \"" + rule.getName() + "\": @id " + id.get()
                            + " names no category; advice ids start with one of " + categoryPrefixes()));
                }
            }
        }
        problems.sort(Comparator.comparing(Problem::where).thenComparing(Problem::message));
        return problems;
    }

    private static String categoryPrefixes() {
        return java.util.Arrays.stream(Category.values()).map(Category::prefix).collect(java.util.stream.Collectors.joining(", "));
    }

}
