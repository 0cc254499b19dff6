package io.github.stepadvisor.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": a program that depends on advisor-rules alone (its jar and the runtime
 * dependencies Maven gives a user's project, as {@code dependency:build-classpath} lists them)
 * compiles against the formats and the facade, reads a profile and a catalogue, advises, and
 * writes advice and a program list equal byte for byte to {@code advisor.jar}'s, on a classpath
 * without advisor-examples, picocli, Jackson data binding or any logging binding. A separate
 * JVM, so nothing of this module's test classpath leaks in.
 */
class ConsumerIT {

    private static final Path ADVISOR = Path.of(System.getProperty("advisor.jar", "target/advisor.jar"));
    /** Set by failsafe (advisor-examples/pom.xml); the defaults are the same files, for a run from the IDE. */
    private static final Path RULES_JAR = System.getProperty("advisor.rules.jar") != null
            ? Path.of(System.getProperty("advisor.rules.jar")).toAbsolutePath().normalize() : builtRulesJar();
    private static final Path RULES_CLASSPATH = Path.of(System.getProperty("advisor.rules.classpath",
            "../advisor-rules/target/runtime-classpath.txt"));
    private static final String PROFILE = "profiles/redeemed-in-season.json";
    private static final String CATALOGUE = "catalogues/fictional-sample.csv";

    @TempDir
    static Path work;
    static List<String> classpath;

    @BeforeAll
    static void compileTheConsumerAgainstAdvisorRulesAlone() throws IOException {
        classpath = new ArrayList<>();
        classpath.add(RULES_JAR.toString());
        classpath.addAll(Arrays.asList(Files.readString(RULES_CLASSPATH).strip().split(File.pathSeparator)));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, "-d", work.resolve("classes").toString(),
                "-cp", String.join(File.pathSeparator, classpath), "src/test/consumer/Consumer.java");
        assertThat(status).as(messages.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void theClasspathHoldsNoCommandLineDataBindingOrLoggingBinding() {
        assertThat(classpath).isNotEmpty().allSatisfy(entry -> assertThat(Path.of(entry)).exists());
        Path examples = Path.of("").toAbsolutePath().normalize();
        assertThat(classpath).noneMatch(entry -> Path.of(entry).toAbsolutePath().normalize().startsWith(examples));
        List<String> jars = classpath.stream().map(entry -> Path.of(entry).getFileName().toString()).toList();
        assertThat(jars).noneMatch(jar -> jar.startsWith("advisor-examples") || jar.startsWith("picocli")
                        || jar.startsWith("jackson-databind") || jar.startsWith("jackson-dataformat"))
                .noneMatch(jar -> jar.startsWith("slf4j-simple") || jar.startsWith("logback")
                        || jar.startsWith("slf4j-nop") || jar.startsWith("slf4j-jdk14") || jar.startsWith("log4j-slf4j"))
                .anyMatch(jar -> jar.startsWith("advisor-rules-"))
                .anyMatch(jar -> jar.startsWith("jackson-core-"));
    }

    @Test
    void theConsumersAdviceAndProgramListAreTheCommandLinesByteForByte() throws Exception {
        Path advice = work.resolve("advice.json");
        Path programs = work.resolve("programs.json");
        List<String> consumerClasspath = new ArrayList<>(classpath);
        consumerClasspath.add(0, work.resolve("classes").toString());
        run(java("-cp", String.join(File.pathSeparator, consumerClasspath), "Consumer", PROFILE, CATALOGUE,
                advice.toString(), programs.toString()), work.resolve("consumer.out"));

        Path cliAdvice = work.resolve("cli-advice.json");
        run(java("-jar", ADVISOR.toString(), "--format", "json", PROFILE), cliAdvice);
        Path cliPrograms = work.resolve("cli-programs.json");
        run(java("-jar", ADVISOR.toString(), "programs", "--format", "json", "--catalogue", CATALOGUE, PROFILE),
                cliPrograms);

        assertThat(Files.readString(advice)).contains("\"format\": \"step-advisor/advice@1\"")
                .isEqualTo(Files.readString(cliAdvice));
        assertThat(Files.readString(programs)).contains("\"format\": \"step-advisor/program-list@1\"")
                .isEqualTo(Files.readString(cliPrograms));
    }

    /** The advisor-rules jar the reactor built, whatever the version. */
    private static Path builtRulesJar() {
        try (var jars = Files.newDirectoryStream(Path.of("../advisor-rules/target").toAbsolutePath().normalize(),
                "advisor-rules-*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar")) {
                    return jar;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("advisor-rules is not packaged: build with mvn verify from the root");
    }

    private static List<String> java(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    private static void run(List<String> command, Path out) throws Exception {
        Path err = Path.of(out + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, Files.readString(err)).isZero();
    }
}
