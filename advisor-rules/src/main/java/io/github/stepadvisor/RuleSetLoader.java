package io.github.stepadvisor;

import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.rules.Thresholds;
import io.github.stepadvisor.rules.Tiers;

import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a {@link RuleSet}: the built-in one as compiled at build time, or a folder's DRL compiled
 * now, with its two data files. Every problem of a folder is collected and reported at once as
 * {@code file:line: message}, and a folder with any problem is refused as a whole.
 */
final class RuleSetLoader {

    private static final String KIE_ROOT = "src/main/resources/";
    private static final String BUILT_IN_ROOT = BuiltInFiles.BUILT_IN_ROOT;
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** A call that ends the JVM: {@code System.exit(}, {@code Runtime.getRuntime().exit(} or {@code .halt(}. */
    private static final Pattern EXIT_CALL = Pattern.compile(
            "\\b(System\\s*\\.\\s*exit|Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(?:exit|halt))\\s*\\(");
    /** How the built-in set names its files; also what tells a built-in set from a folder. */
    private static final UnaryOperator<String> BUILT_IN_NAMES = relative -> "built-in:" + relative;
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLoader.class);

    private RuleSetLoader() {
    }

    /**
     * The rules shipped in this jar, as compiled at build time into the executable model. Where
     * that model is missing (a build that skipped kie-maven-plugin) or was made for another
     * Drools version, the shipped DRL is compiled now instead, with a warning: slower, same advice.
     */
    static RuleSet builtIn() {
        PrecompiledRules.Result found = PrecompiledRules.find(RuleSetLoader.class.getClassLoader());
        if (found.rules().isEmpty()) {
            LOG.warn("The built-in rules are compiled at start-up because their precompiled model is unusable: {}",
                    found.whyNot());
            return BuiltInFiles.withBuiltInRoot(root -> load(root, BUILT_IN_NAMES, true, KieBuilder::buildAll));
        }
        PrecompiledRules precompiled = found.rules().get();
        List<Problem> problems = new ArrayList<>();
        Optional<Thresholds> thresholds = ThresholdsFile.read(BUILT_IN_NAMES.apply(RuleSet.THRESHOLDS_FILE),
                BuiltInFiles.text(RuleSet.THRESHOLDS_FILE, BUILT_IN_NAMES.apply(RuleSet.THRESHOLDS_FILE), problems), problems);
        Tiers tiers = TiersFile.read(BUILT_IN_NAMES.apply(RuleSet.TIERS_FILE),
                BuiltInFiles.text(RuleSet.TIERS_FILE, BUILT_IN_NAMES.apply(RuleSet.TIERS_FILE), problems), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid rule set", problems);
        }
        // Not checked now: the ids of the advice rules are checked when they are first needed.
        return new RuleSet(() -> precompiled.base(RuleSet.packageOf("advice")),
                () -> precompiled.base(RuleSet.packageOf("programs")), thresholds.orElseThrow(), tiers, BUILT_IN_NAMES,
                true, true, () -> DrlFiles.fileByRule(BuiltInFiles.drlTexts()));
    }

    /**
     * Compiles the rule set in {@code folder} (the built-in layout: DRL files in any sub-folder,
     * the two data files at the top).
     *
     * @throws InvalidInputException every problem as {@code file:line: message}
     */
    static RuleSet fromDirectory(Path folder) {
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
        return load(folder, relative -> folder.resolve(relative).toString(), false, build);
    }

    private static Optional<Thresholds> readThresholds(Path root, UnaryOperator<String> namer, List<Problem> problems) {
        return readDataFile(root, RuleSet.THRESHOLDS_FILE, namer, problems)
                .flatMap(text -> ThresholdsFile.read(namer.apply(RuleSet.THRESHOLDS_FILE), text, problems));
    }

    private static Tiers readTiers(Path root, UnaryOperator<String> namer, List<Problem> problems) {
        return TiersFile.read(namer.apply(RuleSet.TIERS_FILE), readDataFile(root, RuleSet.TIERS_FILE, namer, problems).orElse(""),
                problems);
    }

    /** A data file's text; a missing one is one problem, not one per value it should have held. */
    private static Optional<String> readDataFile(Path root, String file, UnaryOperator<String> namer, List<Problem> problems) {
        Path path = root.resolve(file);
        if (!Files.exists(path)) {
            problems.add(new Problem(namer.apply(file), "is missing; a rule set keeps it beside its rule folders "
                    + "(copy-rules writes the built-in one)"));
            return Optional.empty();
        }
        int before = problems.size();
        String text = readOrReport(path, namer.apply(file), problems);
        return problems.size() == before ? Optional.of(text) : Optional.empty();
    }

    private static RuleSet load(Path root, UnaryOperator<String> namer, boolean builtIn, UnaryOperator<KieBuilder> build) {
        List<Problem> problems = new ArrayList<>();
        Optional<Thresholds> thresholds = readThresholds(root, namer, problems);
        Tiers tiers = readTiers(root, namer, problems);
        List<Path> drlFiles = drlFiles(root);
        if (drlFiles.isEmpty()) {
            problems.add(new Problem(root.toString(), "holds no .drl file"));
        }
        // The texts compiled are kept to name the files of rules: the files may change after loading.
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        KieContainer container = compile(root, drlFiles, namer, problems, texts, build);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid rule set", problems);
        }
        KieBase advice = container.getKieBase("advice");
        KieBase programs = container.getKieBase("programs");
        RuleSet set = new RuleSet(() -> advice, () -> programs, thresholds.orElseThrow(), tiers, namer, builtIn, false,
                () -> DrlFiles.fileByRule(texts));
        set.adviceBase(); // a folder is refused as a whole when loaded, bad ids included
        return set;
    }

    private static String readOrReport(Path file, String name, List<Problem> problems) {
        try {
            return utf8(Files.readAllBytes(file), name, problems);
        } catch (IOException e) {
            problems.add(new Problem(name, cannotRead(e)));
            return "";
        }
    }

    static String cannotRead(IOException e) {
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

    static List<Path> drlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".drl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KieContainer compile(Path root, List<Path> drlFiles, UnaryOperator<String> namer, List<Problem> problems,
            Map<String, String> texts, UnaryOperator<KieBuilder> build) {
        KieServices services = KieServices.Factory.get();
        if (services == null) {
            throw new IllegalStateException("Drools is not on the class path (KieServices not found)");
        }
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.github.stepadvisor", "rules-" + UUID.randomUUID(), "1");
        kfs.generateAndWritePomXML(releaseId);
        KieModuleModel module = services.newKieModuleModel();
        RuleSet.BUILD_OPTIONS.forEach(module::setConfigurationProperty);
        for (String folder : RuleSet.FOLDERS) {
            // A folder copied before the rules had their long package names still loads.
            module.newKieBaseModel(folder).addPackage(RuleSet.packageOf(folder)).addPackage(folder);
        }
        kfs.writeKModuleXML(module.toXML());
        for (Path file : drlFiles) {
            String relative = relative(root, file);
            try {
                byte[] content = Files.readAllBytes(file);
                String text = utf8(content, namer.apply(relative), problems);
                texts.put(relative, text);
                // Parsed once here for the two checks of the file's package; Drools parses it again to compile.
                Optional<PackageDescr> parsed = DrlFiles.parse(text);
                checkPackage(relative, parsed, namer, problems);
                checkNoExit(relative, text, namer, problems);
                kfs.write(kiePath(relative, parsed), content);
            } catch (IOException e) {
                problems.add(new Problem(namer.apply(relative), cannotRead(e)));
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

    /**
     * A rule runs inside the program that advises: {@code System.exit} or {@code Runtime.halt} in
     * it would end that program with no output and a success status (Java 17's SecurityManager,
     * which could block it, is deprecated and gone from later versions). Such a call in code (not
     * in a comment or a string) is refused when the set is loaded, naming its line. A call hidden
     * behind reflection is not found: a rule set is code its author is trusted with.
     */
    private static void checkNoExit(String relative, String text, UnaryOperator<String> namer, List<Problem> problems) {
        Matcher call = EXIT_CALL.matcher(DrlFiles.blankCommentsAndStrings(text));
        while (call.find()) {
            int line = (int) text.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
            problems.add(new Problem(namer.apply(relative) + ":" + line, "calls " + call.group(1).replaceAll("\\s+", "")
                    + ", which would end the program that asks for advice; a rule may not stop it"));
        }
    }

    /** A DRL file sits in one of {@link RuleSet#FOLDERS} and declares that folder's package, or it would be ignored. */
    private static void checkPackage(String relative, Optional<PackageDescr> parsed, UnaryOperator<String> namer,
            List<Problem> problems) {
        int slash = relative.indexOf('/');
        String folder = slash < 0 ? "" : relative.substring(0, slash);
        if (!RuleSet.FOLDERS.contains(folder)) {
            problems.add(new Problem(namer.apply(relative), "rules live in one of the folders " + RuleSet.FOLDERS
                    + "; this file would never be used"));
            return;
        }
        if (parsed.isEmpty()) {
            return; // a file Drools cannot parse gets the compiler's error, with its line
        }
        String declared = parsed.get().getName();
        if (declared == null || declared.isEmpty()) {
            problems.add(new Problem(namer.apply(relative) + ":1", "declares no package; it must be 'package "
                    + RuleSet.packageOf(folder) + ";'"));
        } else if (!declared.equals(RuleSet.packageOf(folder)) && !declared.equals(folder)) {
            int line = Math.max(1, parsed.get().getLine());
            problems.add(new Problem(namer.apply(relative) + ":" + line, "package " + declared
                    + " does not match its folder: it must be 'package " + RuleSet.packageOf(folder) + ";' (or 'package "
                    + folder + ";')"));
        }
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * Where a rule file is written for the DRL compiler: under the folders of the package it
     * declares, as Drools expects (it logs two warnings per file otherwise), so
     * {@code advice/step1.drl} declaring {@code io.github.stepadvisor.rules.advice} goes to
     * {@code io/github/stepadvisor/rules/advice/step1.drl}. {@link #stripKieRoot} undoes it.
     */
    private static String kiePath(String relative, Optional<PackageDescr> parsed) {
        boolean longName = parsed.map(d -> d.getName().startsWith(RuleSet.PACKAGE_PREFIX)).orElse(false);
        return KIE_ROOT + (longName ? BUILT_IN_ROOT : "") + relative;
    }

    /** A rule file's path relative to the rule set's folder, from its path for the DRL compiler ({@link #kiePath}). */
    static String stripKieRoot(String path) {
        String inRoot = path.startsWith(KIE_ROOT) ? path.substring(KIE_ROOT.length()) : path;
        return inRoot.startsWith(BUILT_IN_ROOT) ? inRoot.substring(BUILT_IN_ROOT.length()) : inRoot;
    }

    private static String where(Message message, UnaryOperator<String> namer) {
        String path = message.getPath();
        if (path == null || path.isEmpty()) {
            return "rules";
        }
        String name = namer.apply(stripKieRoot(path));
        return message.getLine() > 0 ? name + ":" + message.getLine() : name;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
