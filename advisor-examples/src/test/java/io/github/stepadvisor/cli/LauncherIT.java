package io.github.stepadvisor.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code advisor} launcher as a user runs it, against {@code java -jar advisor.jar} on the same
 * Java: same standard output byte for byte, same standard error and exit status, whatever state
 * its cache is in. The launcher and the jar are copied into a folder whose path has spaces, and
 * every cache lives in a folder of this test ({@code ADVISOR_CACHE_DIR}).
 *
 * <p>Trainings are the slow part (seconds each), so there are three: two launchers started at
 * once with no cache (on the Java running the test), and one on Java 25 when
 * {@value #JAVA_25} exists (that part is skipped, with a message, when it does not). The other
 * cases reuse the cache the first two made.
 */
class LauncherIT {

    private static final Path JAR = Path.of(System.getProperty("advisor.jar", "target/advisor.jar"));
    private static final Path LAUNCHER = Path.of(System.getProperty("advisor.launcher", "target/advisor"));
    private static final String JAVA_25 = "/usr/lib/jvm/temurin-25-jdk-amd64";
    private static final long TIMEOUT_SECONDS = 300;
    private static final String PROFILE = "profiles/step1-dedicated-below-margin.json";

    record Run(int exit, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static Path folder;
    private static Path home;
    private static Path batch;
    private static Path cacheRoot;
    private static Run firstA;
    private static Run firstB;

    @BeforeAll
    static void twoFirstRunsAtOnce() throws Exception {
        assertThat(JAR).as("the shaded jar, built by mvn package").isRegularFile();
        assertThat(LAUNCHER).as("the launcher, put beside the jar by mvn package").isExecutable();
        folder = Files.createTempDirectory("launcher it ");
        home = Files.createDirectories(folder.resolve("advisor home"));
        Files.copy(JAR, home.resolve("advisor.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(LAUNCHER, home.resolve("advisor"), StandardCopyOption.COPY_ATTRIBUTES);
        batch = folder.resolve("batch input.jsonl");
        Files.write(batch, batchLines());
        cacheRoot = folder.resolve("cache one");

        Process a = launcher(javaHome(), cacheRoot, Map.of(), PROFILE).start();
        Process b = launcher(javaHome(), cacheRoot, Map.of(), PROFILE).start();
        firstA = finish(a);
        firstB = finish(b);
    }

    @AfterAll
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void twoFirstRunsAtOnceEachAdviseAndLeaveOneWholeCache() throws Exception {
        Run expected = javaJar(javaHome(), PROFILE);
        assertSame(firstA, expected);
        assertSame(firstB, expected);

        Path cache = onlyCacheFile(cacheRoot);
        assertThat(cache.getFileName().toString()).endsWith(javaMajor() >= 25 ? ".aot" : ".jsa");
        // The JVM itself accepts it with sharing required: a damaged or half-written file fails here.
        List<String> command = new ArrayList<>(List.of(javaBin(javaHome())));
        command.addAll(javaMajor() >= 25 ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache)
                : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + cache));
        command.addAll(List.of("-cp", home.resolve("advisor.jar").toString(), AdvisorCommand.class.getName(), "--version"));
        Run strict = run(new ProcessBuilder(command));
        assertThat(strict.exit()).as(strict.err() + strict.text()).isZero();
    }

    @Test
    void adviceBatchAndProgramListEqualJavaJar() throws Exception {
        onlyCacheFile(cacheRoot);
        for (String[] args : commands()) {
            assertSame(run(launcher(javaHome(), cacheRoot, Map.of(), args)), javaJar(javaHome(), args));
        }
    }

    @Test
    void theCacheIsUsedAndSaysSoOnlyWhenAsked() throws Exception {
        Run run = run(launcher(javaHome(), cacheRoot, Map.of("ADVISOR_DEBUG", "1"), PROFILE));
        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith("advisor launcher: using ").contains(onlyCacheFile(cacheRoot).toString());
    }

    @Test
    void aCorruptCacheFileFallsBackToAPlainRunSilently() throws Exception {
        Run expected = javaJar(javaHome(), PROFILE);

        // Garbage with the jar's modification time: the launcher passes it on; the JVM refuses it.
        Path garbage = copyOfCache("cache garbage");
        byte[] noise = new byte[1 << 20];
        new java.util.Random(16).nextBytes(noise);
        Files.write(garbage, noise);
        pinToJar(garbage);
        assertSame(run(launcher(javaHome(), garbage.getParent().getParent().getParent(), Map.of(), PROFILE)), expected);
        assertThat(garbage).hasBinaryContent(noise);

        // Cut short after it was made: the launcher sees it changed; with training failed before
        // for this jar (the marker beside it), it runs without a cache rather than crash the JVM.
        Path truncated = copyOfCache("cache truncated");
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));
        Path failed = truncated.resolveSibling(truncated.getFileName().toString().replaceAll("\\.(jsa|aot)$", ".failed"));
        Files.write(failed, new byte[0]);
        pinToJar(failed);
        Path root = truncated.getParent().getParent().getParent();
        assertSame(run(launcher(javaHome(), root, Map.of(), PROFILE)), expected);
        Run debug = run(launcher(javaHome(), root, Map.of("ADVISOR_DEBUG", "1"), PROFILE));
        assertThat(debug.err()).contains("does not match").contains("an earlier training failed")
                .contains("running without a cache");
    }

    @Test
    void aForeignCacheFileFallsBackToAPlainRunSilently() throws Exception {
        // A cache made for the same jar at another path: the JVM refuses the class path.
        Path elsewhere = Files.createDirectories(folder.resolve("other home"));
        Files.copy(home.resolve("advisor.jar"), elsewhere.resolve("advisor.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(home.resolve("advisor"), elsewhere.resolve("advisor"), StandardCopyOption.COPY_ATTRIBUTES);
        Path cache = onlyCacheFile(cacheRoot);
        Path root = folder.resolve("cache foreign");
        Path foreign = root.resolve(cacheRoot.relativize(cache.getParent()))
                .resolve(cache.getFileName().toString().replaceAll("-\\d+\\.", "-" + jarKey(elsewhere.resolve("advisor.jar")) + "."));
        Files.createDirectories(foreign.getParent());
        Files.copy(cache, foreign, StandardCopyOption.COPY_ATTRIBUTES);
        pinToJar(foreign);

        List<String> command = new ArrayList<>(List.of(elsewhere.resolve("advisor").toString(), PROFILE));
        Run run = run(environment(new ProcessBuilder(command), javaHome(), root, Map.of()));
        assertSame(run, javaJar(javaHome(), PROFILE));
        assertThat(foreign).as("used as found, not made again").hasSameBinaryContentAs(cache);
    }

    @Test
    void onJava25TheAotCacheGivesTheSameOutput() throws Exception {
        Path java25 = Path.of(JAVA_25);
        assumeTrue(Files.isExecutable(java25.resolve("bin/java")),
                "Java 25 part skipped: no JDK at " + JAVA_25);
        Path root = folder.resolve("cache java 25");
        for (String[] args : commands()) {
            assertSame(run(launcher(java25, root, Map.of(), args)), javaJar(java25, args));
        }
        Path aot = onlyCacheFile(root);
        assertThat(aot.getFileName().toString()).endsWith(".aot");
        Run strict = run(new ProcessBuilder(javaBin(java25), "-XX:AOTCache=" + aot, "-XX:AOTMode=on",
                "-cp", home.resolve("advisor.jar").toString(), AdvisorCommand.class.getName(), "--version"));
        assertThat(strict.exit()).as(strict.err() + strict.text()).isZero();

        // Java 17's archive where Java 25's cache belongs: foreign, refused by the JVM, silently.
        if (javaMajor() < 25) {
            Files.copy(onlyCacheFile(cacheRoot), aot, StandardCopyOption.REPLACE_EXISTING);
            pinToJar(aot);
            assertSame(run(launcher(java25, root, Map.of(), PROFILE)), javaJar(java25, PROFILE));
        }
    }

    /** Advice, a batch (with a line that cannot be advised: exit 2) and the program list. */
    private static List<String[]> commands() {
        return List.of(
                new String[] {PROFILE},
                new String[] {"--batch", batch.toString()},
                new String[] {"programs", "--catalogue", "catalogues/fictional-sample.csv",
                        "profiles/redeemed-in-season.json"});
    }

    private static List<String> batchLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> profiles = Files.list(Path.of("profiles"))) {
            for (Path profile : profiles.sorted().toList()) {
                lines.add(Files.readString(profile).replaceAll("\\s*\\R\\s*", " "));
            }
        }
        lines.add("{\"citizenship\": \"US_CITIZEN\"}");
        return lines;
    }

    private static void assertSame(Run launcher, Run javaJar) {
        assertThat(launcher.err()).as("standard error").isEqualTo(javaJar.err());
        assertThat(launcher.exit()).as("exit status").isEqualTo(javaJar.exit());
        assertThat(launcher.out()).as("standard output, byte for byte").isEqualTo(javaJar.out());
        assertThat(launcher.out()).isNotEmpty();
    }

    /** A copy of the cache made by the first runs, in a cache folder of its own. */
    private static Path copyOfCache(String rootName) throws IOException {
        Path cache = onlyCacheFile(cacheRoot);
        Path copy = folder.resolve(rootName).resolve(cacheRoot.relativize(cache));
        Files.createDirectories(copy.getParent());
        return Files.copy(cache, copy, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** The one file under a cache root: {@code <root>/<advisor version>/<Java version>/advisor-<key>.<kind>}. */
    private static Path onlyCacheFile(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("files under " + root).hasSize(1);
        assertThat(root.relativize(files.get(0)).getNameCount()).isEqualTo(3);
        return files.get(0);
    }

    /** The launcher marks a cache as made for the jar by giving it the jar's modification time. */
    private static void pinToJar(Path file) throws IOException {
        FileTime jarTime = Files.getLastModifiedTime(home.resolve("advisor.jar"));
        Files.setLastModifiedTime(file, jarTime);
    }

    private static String jarKey(Path jar) throws Exception {
        Run run = run(new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" | cksum", "sh", jar.toString()));
        return run.text().split(" ")[0];
    }

    private static ProcessBuilder launcher(Path javaHome, Path cacheRoot, Map<String, String> extra, String... args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("advisor").toString()));
        command.addAll(List.of(args));
        return environment(new ProcessBuilder(command), javaHome, cacheRoot, extra);
    }

    private static ProcessBuilder environment(ProcessBuilder builder, Path javaHome, Path cacheRoot,
            Map<String, String> extra) {
        Map<String, String> env = builder.environment();
        env.remove("ADVISOR_DEBUG");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.put("JAVA_HOME", javaHome.toString());
        env.put("ADVISOR_CACHE_DIR", cacheRoot.toString());
        env.putAll(extra);
        return builder;
    }

    private static Run javaJar(Path javaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(javaHome), "-jar", home.resolve("advisor.jar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        return run(builder);
    }

    private static Run run(ProcessBuilder builder) throws Exception {
        return finish(builder.start());
    }

    private static Run finish(Process process) throws Exception {
        process.getOutputStream().close();
        var err = process.getErrorStream();
        var errText = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(err.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), out, errText.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private static String javaBin(Path javaHome) {
        return javaHome.resolve("bin").resolve("java").toString();
    }

    private static int javaMajor() {
        return Runtime.version().feature();
    }
}
