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
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A compiled rule set: the DRL files of a folder, its {@code thresholds.properties} and
 * {@code tiers.properties}. The built-in set and an advisor's edited copy share this one loader,
 * so they are read the same way. A folder with any problem is refused as a whole.
 */
public final class RuleSet {

    public static final String THRESHOLDS_FILE = "thresholds.properties";
    public static final String TIERS_FILE = "tiers.properties";
    private static final String KIE_ROOT = "src/main/resources/";
    private static final String BUILT_IN_ROOT = "io/github/stepadvisor/rules/";

    /**
     * How rules are compiled, at run time here and at build time for the built-in set (the same
     * keys are in {@code META-INF/kmodule.xml}, which a test holds to this map).
     * The applicant's facts are immutable, so property reactivity has nothing to watch there;
     * making it opt-in (@PropertyReactive on the one modified fact, Candidate) keeps rules that
     * pass a threshold into a Situation method free of class-reactivity warnings.
     */
    static final Map<String, String> BUILD_OPTIONS = Map.of("drools.propertySpecific", "ALLOWED");

    /** The rule folders, each its own knowledge base: its DRL files declare the folder's package ({@link #packageOf}). */
    public static final List<String> FOLDERS = List.of("advice", "programs");
    /**
     * What a folder's name is prefixed with to make its DRL package, so that the classes compiled
     * from the rules live under this project's namespace rather than in top-level packages.
     */
    private static final String PACKAGE_PREFIX = "io.github.stepadvisor.rules.";
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    /** A rule's name where DRL declares it: {@code rule "name"}, {@code rule 'name'} or {@code rule name}. */
    private static final Pattern RULE = Pattern.compile(
            "^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s\"']+))", Pattern.MULTILINE);
    /** The keyword opening or closing a rule's conditions, in text without comments and strings. */
    private static final Pattern WHEN_OR_THEN = Pattern.compile("\\b(when|then)\\b");
    /** A call that ends the JVM: {@code System.exit(}, {@code Runtime.getRuntime().exit(} or {@code .halt(}. */
    private static final Pattern EXIT_CALL = Pattern.compile(
            "\\b(System\\s*\\.\\s*exit|Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(?:exit|halt))\\s*\\(");
    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    // The precompiled knowledge bases are each made on first use, so a command that gives one
    // advice in a fresh JVM does not wait for the program rules or the list of rule files, and one
    // that lists programs does not wait for the advice rules. Rules compiled from a folder are all
    // built (and checked) when loaded.
    private final Lazy<KieBase> advice;
    private final Lazy<KieBase> programs;
    private final Thresholds thresholds;
    private final Tiers tiers;
    private final String origin;
    private final Namer namer;
    private final Lazy<List<RuleInfo>> rules;
    /**
     * "package/rule name" to where the DRL declares it: the file (precompiled rules keep none) and
     * the conditions, which no compiled rule keeps as text. Read to name a precompiled rule's file
     * and to explain advice.
     */
    private final Lazy<Map<String, Declared>> declared;
    /** The Situation terms each rule's conditions read, by "package/rule name"; filled as advice is explained. */
    private final Map<String, ConditionReads> readsByRule = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean precompiled;

    /** Where a rule is declared: its file, relative to the set's root, and its {@code when} text without comments and strings. */
    private record Declared(String file, String conditions) {
    }

    private RuleSet(Supplier<KieBase> advice, Supplier<KieBase> programs, Thresholds thresholds, Tiers tiers,
            Namer namer, Supplier<Map<String, Declared>> declared, boolean precompiled) {
        this.advice = new Lazy<>(() -> withValidIds(advice.get()));
        this.programs = new Lazy<>(programs);
        this.thresholds = thresholds;
        this.tiers = tiers;
        this.namer = namer;
        this.origin = namer.name("");
        this.declared = new Lazy<>(declared);
        this.precompiled = precompiled;
        this.rules = new Lazy<>(() -> List.copyOf(describeRules()));
    }


    /** Whether the knowledge bases come from the model compiled at build time rather than from DRL compiled now. */
    boolean precompiled() {
        return precompiled;
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

    /** Every rule of the set, by folder and then name. */
    public List<RuleInfo> rules() {
        return rules.get();
    }

    /**
     * The file a compiled rule was read from, as this set names files. The precompiled built-in
     * rules keep no file, so theirs is looked up by package and rule name in the DRL shipped
     * beside them; a rule found nowhere is named by its folder ({@code built-in:advice/}).
     */
    String fileOf(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return namer.name(stripKieRoot(impl.getResource().getSourcePath()));
        }
        Declared found = declared.get().get(ruleKey(rule.getPackageName(), rule.getName()));
        return namer.name(found != null ? found.file() : folderOf(rule.getPackageName()) + "/");
    }

    /**
     * The terms of the Situation that {@code rule}'s conditions read, as written in its DRL; none
     * for a rule whose DRL is not found. Found on first use, then kept.
     */
    ConditionReads readsOf(Rule rule) {
        String key = ruleKey(rule.getPackageName(), rule.getName());
        return readsByRule.computeIfAbsent(key, k -> {
            Declared found = declared.get().get(k);
            return ConditionReads.of(found == null ? "" : found.conditions());
        });
    }

    private static String ruleKey(String pkg, String name) {
        return pkg + "/" + name;
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

    /**
     * Runs a session's rules. A rule of an edited set whose consequence fails is the set's
     * mistake, not the advisor's: it is reported as an invalid rule set naming the rule and its
     * file, like a compile error. A built-in rule that fails is a fault of ours and is rethrown.
     *
     * @return the number of rules fired
     */
    int fire(KieSession session, int limit) {
        try {
            return session.fireAllRules(limit);
        } catch (ConsequenceException e) {
            Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
            if (rule == null || namer == BUILT_IN_NAMES) {
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
        String message = cause == null ? "" : oneLine(cause.getMessage());
        if (!message.isEmpty()) {
            return message;
        }
        return cause instanceof NullPointerException ? "a value it used was null" : "it failed without saying why";
    }

    /** Where the rules came from: a folder, or "built-in". */
    public String origin() {
        return origin;
    }

    /** Whether these are the rules shipped in this jar (trusted, so never timed), not a folder's. */
    boolean isBuiltIn() {
        return namer == BUILT_IN_NAMES;
    }

    /**
     * The rules shipped in this jar, as compiled at build time into the executable model. Where
     * that model is missing (a build that skipped kie-maven-plugin) or was made for another
     * Drools version, the shipped DRL is compiled now instead, with a warning: slower, same advice.
     */
    public static RuleSet builtIn() {
        Namer namer = BUILT_IN_NAMES;
        PrecompiledRules.Result found = PrecompiledRules.find(RuleSet.class.getClassLoader());
        if (found.rules().isEmpty()) {
            LOG.warn("The built-in rules are compiled at start-up because their precompiled model is unusable: {}",
                    found.whyNot());
            return withBuiltInRoot(root -> load(root, namer, KieBuilder::buildAll));
        }
        PrecompiledRules precompiled = found.rules().get();
        List<Problem> problems = new ArrayList<>();
        Optional<Thresholds> thresholds = ThresholdsFile.read(namer.name(THRESHOLDS_FILE),
                builtInText(THRESHOLDS_FILE, namer, problems), problems);
        Tiers tiers = TiersFile.read(namer.name(TIERS_FILE), builtInText(TIERS_FILE, namer, problems), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid rule set", problems);
        }
        // Not checked now: the ids of the advice rules are checked when they are first needed.
        return new RuleSet(() -> precompiled.base(packageOf("advice")), () -> precompiled.base(packageOf("programs")),
                thresholds.orElseThrow(), tiers, namer, () -> withBuiltInRoot(root -> declarations(drlTexts(root))),
                true);
    }

    /** A data file of the built-in set, read as a class path resource (no need to open the jar as a file system). */
    private static String builtInText(String file, Namer namer, List<Problem> problems) {
        try (java.io.InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(BUILT_IN_ROOT + file)) {
            if (in == null) {
                problems.add(new Problem(namer.name(file), "is missing"));
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(namer.name(file), cannotRead(e)));
            return "";
        }
    }

    /** The text of each DRL file under {@code root}, by its path relative to {@code root}. */
    private static Map<String, String> drlTexts(Path root) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (Path file : drlFiles(root)) {
            texts.put(relative(root, file), readOrReport(file, file.toString(), new ArrayList<>()));
        }
        return texts;
    }

    /** Where each rule of the DRL {@code texts} (by file) is declared: "package/rule name" to its file and conditions. */
    private static Map<String, Declared> declarations(Map<String, String> texts) {
        Map<String, Declared> found = new java.util.HashMap<>();
        texts.forEach((file, text) -> {
            String code = ConditionReads.blank(text);
            Matcher pkg = PACKAGE.matcher(code);
            if (!pkg.find()) {
                return;
            }
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                // A rule's name is a string, blanked in code; its keyword is not, unless inside a comment.
                if (!code.startsWith("rule", text.indexOf("rule", rule.start()))) {
                    continue;
                }
                String name = rule.group(1) != null ? rule.group(1).replace("\\\"", "\"")
                        : rule.group(2) != null ? rule.group(2) : rule.group(3);
                found.putIfAbsent(ruleKey(pkg.group(1), name), new Declared(file, conditions(code, rule.end())));
            }
        });
        return found;
    }

    /** The text between {@code when} and {@code then} of the rule declared before {@code from} in {@code code}. */
    private static String conditions(String code, int from) {
        Matcher keyword = WHEN_OR_THEN.matcher(code);
        if (!keyword.find(from) || keyword.group(1).equals("then")) {
            return "";
        }
        int start = keyword.end();
        return code.substring(start, keyword.find() ? keyword.start() : code.length());
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
        if (mode == CopyMode.NEW_FOLDER_ONLY && holdsAnything(target)) {
            throw new InvalidInputException("Cannot copy the built-in rules", List.of(new Problem(target.toString(),
                    "is not empty; choose a new folder, or replace the built-in files in it on purpose")));
        }
        return withBuiltInRoot(root -> {
            List<String> copied = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                Files.createDirectories(target);
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String relative = relative(root, file);
                    if (!isRuleFile(relative)) {
                        continue;
                    }
                    Path copy = target.resolve(relative);
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, Files.readAllBytes(file));
                    copied.add(relative);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            copied.sort(null);
            return List.copyOf(copied);
        });
    }

    private static boolean holdsAnything(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of a rule set's layout: a data file at the top, or a DRL file in one of {@link #FOLDERS}. */
    private static boolean isRuleFile(String relative) {
        if (relative.equals(THRESHOLDS_FILE) || relative.equals(TIERS_FILE)) {
            return true;
        }
        int slash = relative.indexOf('/');
        return slash > 0 && FOLDERS.contains(relative.substring(0, slash)) && relative.endsWith(".drl");
    }

    private interface RootAction<T> {
        T apply(Path root);
    }

    private static <T> T withBuiltInRoot(RootAction<T> action) {
        URL marker = RuleSet.class.getClassLoader().getResource(BUILT_IN_ROOT + THRESHOLDS_FILE);
        if (marker == null) {
            throw new IllegalStateException("The built-in rules are missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                java.nio.file.FileSystem opened = openZip(uri);
                try {
                    return action.apply(Path.of(uri).getParent());
                } finally {
                    if (opened != null) {
                        opened.close();
                    }
                }
            }
            return action.apply(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("The built-in rules cannot be read", e);
        }
    }

    /** Opens the jar holding the rules as a file system; null when another caller has it open already. */
    private static java.nio.file.FileSystem openZip(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return null;
        }
    }

    /**
     * Compiles the rule set in {@code folder} (the built-in layout: DRL files in any sub-folder,
     * the two data files at the top).
     *
     * @throws InvalidInputException every problem as {@code file:line: message}
     */
    public static RuleSet fromDirectory(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("Invalid rule set",
                    List.of(new Problem(folder.toString(), "is not a folder")));
        }
        return fromDirectory(folder, KieBuilder::buildAll);
    }

    /**
     * {@link #fromDirectory(Path)} with another build of the DRL: for the benchmark, which builds
     * variants of the built-in rules into the executable model
     * ({@code builder -> builder.buildAll(ExecutableModelProject.class)}) to measure them on the
     * path the precompiled rules take. Not for applications.
     */
    static RuleSet fromDirectory(Path folder, UnaryOperator<KieBuilder> build) {
        return load(folder, relative -> folder.resolve(relative).toString(), build);
    }

    /** How the built-in set names its files; also what tells a built-in set from a folder. */
    private static final Namer BUILT_IN_NAMES = relative -> "built-in:" + relative;

    private interface Namer {
        String name(String relative);
    }

    private static Optional<Thresholds> readThresholds(Path root, Namer namer, List<Problem> problems) {
        return readDataFile(root, THRESHOLDS_FILE, namer, problems)
                .flatMap(text -> ThresholdsFile.read(namer.name(THRESHOLDS_FILE), text, problems));
    }

    private static Tiers readTiers(Path root, Namer namer, List<Problem> problems) {
        return TiersFile.read(namer.name(TIERS_FILE), readDataFile(root, TIERS_FILE, namer, problems).orElse(""),
                problems);
    }

    /** A data file's text; a missing one is one problem, not one per value it should have held. */
    private static Optional<String> readDataFile(Path root, String file, Namer namer, List<Problem> problems) {
        Path path = root.resolve(file);
        if (!Files.exists(path)) {
            problems.add(new Problem(namer.name(file), "is missing; a rule set keeps it beside its rule folders "
                    + "(copy-rules writes the built-in one)"));
            return Optional.empty();
        }
        int before = problems.size();
        String text = readOrReport(path, namer.name(file), problems);
        return problems.size() == before ? Optional.of(text) : Optional.empty();
    }

    private static RuleSet load(Path root, Namer namer, UnaryOperator<KieBuilder> build) {
        List<Problem> problems = new ArrayList<>();
        Optional<Thresholds> thresholds = readThresholds(root, namer, problems);
        Tiers tiers = readTiers(root, namer, problems);
        List<Path> drlFiles = drlFiles(root);
        if (drlFiles.isEmpty()) {
            problems.add(new Problem(root.toString(), "holds no .drl file"));
        }
        // The texts compiled are kept to explain advice: the files may change after loading.
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        KieContainer container = compile(root, drlFiles, namer, problems, texts, build);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid rule set", problems);
        }
        KieBase advice = container.getKieBase("advice");
        KieBase programs = container.getKieBase("programs");
        RuleSet set = new RuleSet(() -> advice, () -> programs, thresholds.orElseThrow(), tiers, namer,
                () -> declarations(texts), false);
        set.adviceBase(); // a folder is refused as a whole when loaded, bad ids included
        return set;
    }

    /** {@code advice}, once its ids are known to be valid. */
    private KieBase withValidIds(KieBase advice) {
        List<Problem> idProblems = idProblems(advice);
        if (!idProblems.isEmpty()) {
            throw new InvalidInputException("Invalid rule set", idProblems);
        }
        return advice;
    }

    private static String readOrReport(Path file, String name, List<Problem> problems) {
        try {
            return utf8(Files.readAllBytes(file), name, problems);
        } catch (IOException e) {
            problems.add(new Problem(name, cannotRead(e)));
            return "";
        }
    }

    private static String cannotRead(IOException e) {
        String message = oneLine(e.getMessage());
        return e instanceof java.nio.file.AccessDeniedException ? "cannot be read: permission denied"
                : message.isEmpty() ? "cannot be read" : "cannot be read: " + message;
    }

    /**
     * {@code bytes} as UTF-8 text; bytes of another encoding (a Latin-1 {@code é} saved by an old
     * editor) are a problem naming the first line that holds one, as the rules would read them
     * otherwise as a replacement character.
     */
    private static String utf8(byte[] bytes, String name, List<Problem> problems) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.add(new Problem(name + ":" + line, "not UTF-8 text (a byte of another encoding, such as Latin-1); "
                    + "save the file as UTF-8"));
            return "";
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static List<Path> drlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KieContainer compile(Path root, List<Path> drlFiles, Namer namer, List<Problem> problems,
            Map<String, String> texts, UnaryOperator<KieBuilder> build) {
        KieServices services = KieServices.Factory.get();
        if (services == null) {
            throw new IllegalStateException("Drools is not on the class path (KieServices not found)");
        }
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.github.stepadvisor", "rules-" + UUID.randomUUID(), "1");
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = services.newKieModuleModel();
        BUILD_OPTIONS.forEach(module::setConfigurationProperty);
        for (String folder : FOLDERS) {
            // A folder copied before the rules had their long package names still loads.
            module.newKieBaseModel(folder).addPackage(packageOf(folder)).addPackage(folder);
        }
        kfs.writeKModuleXML(module.toXML());
        for (Path file : drlFiles) {
            String relative = relative(root, file);
            try {
                byte[] content = Files.readAllBytes(file);
                String text = utf8(content, namer.name(relative), problems);
                texts.put(relative, text);
                checkPackage(relative, text, namer, problems);
                checkNoExit(relative, text, namer, problems);
                kfs.write(kiePath(relative, text), content);
            } catch (IOException e) {
                problems.add(new Problem(namer.name(relative), cannotRead(e)));
            }
        }
        KieBuilder builder = build.apply(services.newKieBuilder(kfs));
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message message : errors) {
            // After a syntax error the parser adds this line for the same file: it names no line and no cause.
            if (!NULL_PACKAGE.equals(oneLine(message.getText())) || errors.size() == 1) {
                problems.add(new Problem(where(message, namer), oneLine(message.getText())));
            }
        }
        if (!errors.isEmpty() || !problems.isEmpty()) {
            return null;
        }
        KieContainer container = services.newKieContainer(releaseId);
        // The container lives on without the repository entry; dropping it lets a reloaded set be collected.
        services.getRepository().removeKieModule(releaseId);
        return container;
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

    /**
     * A rule runs inside the program that advises: {@code System.exit} or {@code Runtime.halt} in
     * it would end that program with no output and a success status (Java 17's SecurityManager,
     * which could block it, is deprecated and gone from later versions). Such a call in code (not
     * in a comment or a string) is refused when the set is loaded, naming its line. A call hidden
     * behind reflection is not found: a rule set is code its author is trusted with.
     */
    private static void checkNoExit(String relative, String text, Namer namer, List<Problem> problems) {
        Matcher call = EXIT_CALL.matcher(ConditionReads.blank(text));
        while (call.find()) {
            int line = (int) text.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Problem(namer.name(relative) + ":" + line, "calls " + call.group(1).replaceAll("\\s+", "")
                    + ", which would end the program that asks for advice; a rule may not stop it"));
        }
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

    /** A DRL file sits in one of {@link #FOLDERS} and declares that folder's package, or it would be ignored. */
    private static void checkPackage(String relative, String text, Namer namer, List<Problem> problems) {
        int slash = relative.indexOf('/');
        String folder = slash < 0 ? "" : relative.substring(0, slash);
        if (!FOLDERS.contains(folder)) {
            problems.add(new Problem(namer.name(relative), "rules live in one of the folders " + FOLDERS
                    + "; this file would never be used"));
            return;
        }
        Matcher matcher = PACKAGE.matcher(text);
        if (!matcher.find()) {
            problems.add(new Problem(namer.name(relative) + ":1", "declares no package; it must be 'package "
                    + packageOf(folder) + ";'"));
        } else if (!matcher.group(1).equals(packageOf(folder)) && !matcher.group(1).equals(folder)) {
            int line = (int) text.substring(0, matcher.start(1)).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Problem(namer.name(relative) + ":" + line, "package " + matcher.group(1)
                    + " does not match its folder: it must be 'package " + packageOf(folder) + ";' (or 'package "
                    + folder + ";')"));
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * Where a rule file is written for the DRL compiler: under the folders of the package it
     * declares, as Drools expects (it logs two warnings per file otherwise), so
     * {@code advice/step1.drl} declaring {@code io.github.stepadvisor.rules.advice} goes to
     * {@code io/github/stepadvisor/rules/advice/step1.drl}. {@link #stripKieRoot} undoes it.
     */
    private static String kiePath(String relative, String text) {
        Matcher matcher = PACKAGE.matcher(text);
        boolean longName = matcher.find() && matcher.group(1).startsWith(PACKAGE_PREFIX);
        return KIE_ROOT + (longName ? BUILT_IN_ROOT : "") + relative;
    }

    /** A rule file's path relative to the rule set's folder, from its path for the DRL compiler ({@link #kiePath}). */
    private static String stripKieRoot(String path) {
        String inRoot = path.startsWith(KIE_ROOT) ? path.substring(KIE_ROOT.length()) : path;
        return inRoot.startsWith(BUILT_IN_ROOT) ? inRoot.substring(BUILT_IN_ROOT.length()) : inRoot;
    }

    private static String where(Message message, Namer namer) {
        String path = message.getPath();
        if (path == null || path.isEmpty()) {
            return "rules";
        }
        String name = namer.name(stripKieRoot(path));
        return message.getLine() > 0 ? name + ":" + message.getLine() : name;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
