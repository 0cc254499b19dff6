package io.github.stepadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's dependency list is the one Maven resolves for advisor-rules at run time (written
 * by maven-dependency-plugin during the build), and the jars it says are left out are not on the
 * class path the tests of every path run on.
 */
class DependencyListTest {

    /** {@code   org.drools:drools-core:jar:10.2.0:compile -- module ...}, as dependency:list writes a line. */
    private static final Pattern RESOLVED = Pattern.compile("^\\s+([\\w.-]+:[\\w.-]+):jar:([\\w.-]+):(compile|runtime)\\b",
            Pattern.MULTILINE);
    /** {@code | `group:artifact` | version | licence | why |}, a row of the README's table. */
    private static final Pattern LISTED = Pattern.compile("^\\| `([\\w.-]+:[\\w.-]+)` \\| ([\\w.-]+) \\|", Pattern.MULTILINE);
    private static final String OWN_GROUP = "io.github.stepadvisor:";

    @Test
    void theReadmeListsExactlyTheRuntimeDependenciesOfAdvisorRules() throws IOException {
        Map<String, String> resolved = versions(RESOLVED, Files.readString(Path.of("target/runtime-dependencies.txt")));
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## Dependencies"));
        Map<String, String> listed = versions(LISTED, section.substring(0, section.indexOf("\n## ")));

        assertThat(resolved).as("dependency:list").isNotEmpty().containsKey("org.drools:drools-core");
        // Our own modules move with the release; their version is the build's, whatever the README says.
        resolved.replaceAll((artifact, version) -> artifact.startsWith(OWN_GROUP) ? "(this release)" : version);
        listed.replaceAll((artifact, version) -> artifact.startsWith(OWN_GROUP) ? "(this release)" : version);
        assertThat(listed).as("README dependency list").isEqualTo(resolved);
    }

    @Test
    void theJarsLeftOutAreNotOnTheClassPath() {
        for (String type : List.of("org.eclipse.jdt.internal.compiler.Compiler", "org.drools.ecj.EclipseJavaCompiler",
                "org.drools.commands.runtime.BatchExecutionCommandImpl")) {
            assertThat(getClass().getClassLoader().getResource(type.replace('.', '/') + ".class")).as(type).isNull();
        }
    }

    private static Map<String, String> versions(Pattern pattern, String text) {
        Map<String, String> found = new TreeMap<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }
}
