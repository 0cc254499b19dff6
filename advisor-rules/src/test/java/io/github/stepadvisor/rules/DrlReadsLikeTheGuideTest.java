package io.github.stepadvisor.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in DRL files stay readable by an advisor: conditions over the topic facts, and
 * consequences that say the guide's sentences with named calls for the applicant's numbers.
 * So no file defines a function or casts, no consequence loops or branches, and a consequence
 * never picks its priority or title: a condition does, in a rule of its own that shares the
 * {@code @id}, so {@code --explain} names the branch.
 */
class DrlReadsLikeTheGuideTest {

    private static final Path RULES = Path.of("src/main/resources/io/github/stepadvisor/rules");
    private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*function\\s");
    /** A cast: a parenthesised type name (optionally an array) followed by an operand. */
    private static final Pattern CAST = Pattern.compile("\\(\\s*[A-Z]\\w*(?:<[^()]*>)?(?:\\[\\])?\\s*\\)\\s*[\\w$(\"]");
    private static final Pattern BRANCH_OR_LOOP = Pattern.compile("\\b(if|else|for|while|do|switch)\\b|\\.stream\\(\\)|\\.forEach\\(");
    private static final Pattern ADVISE = Pattern.compile("\\badvise(On)?\\s*\\(");
    private static final Pattern LITERAL_PRIORITY = Pattern.compile(
            "\\s*drools\\s*,\\s*(?:[^,?]+,\\s*)?(?:HIGH|MEDIUM|LOW)\\s*,");
    private static final Pattern RULE_PART = Pattern.compile("(?s)\\brule\\s+\"([^\"]*)\".*?\\bthen\\b(.*?)\\bend\\b");

    @TestFactory
    Stream<DynamicTest> everyBuiltInDrlFileReadsLikeTheGuide() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RULES)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).as("DRL files under " + RULES).hasSizeGreaterThan(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(RULES.relativize(file).toString(),
                () -> assertThat(problems(Files.readString(file, StandardCharsets.UTF_8))).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> theCheckFindsWhatItForbids() {
        return Stream.of(
                "function String f(Situation s) { return \"\"; }",
                "rule \"r\" when then String x = (String) o; end",
                "rule \"r\" when then for (Object o : xs) { } end",
                "rule \"r\" when then if ($a) { insert(1); } end",
                "rule \"r\" when then insertLogical( advise(drools, $a ? HIGH : LOW, \"t\") ); end",
                "rule \"r\" when then insertLogical( advise(drools, HIGH, $a ? \"t\" : \"u\", \"r\") ); end",
                "rule \"r\" when then int n = xs.stream().count(); end")
                .map(drl -> DynamicTest.dynamicTest(drl, () -> assertThat(problems(drl)).isNotEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> theCheckLetsTheGuidesSentencesThrough() {
        return Stream.of(
                "rule \"r\" when Step1( !passed ) then insertLogical( advise(drools, HIGH, \"Take it (now)\", $s.isDateSet() ? \"a\" : \"\") ); end",
                "rule \"r\" when then insertLogical( adviseOn(drools, $t.specialty(), LOW, \"Aim, for \" + $band, \"x\") ); end")
                .map(drl -> DynamicTest.dynamicTest(drl, () -> assertThat(problems(drl)).isEmpty()));
    }

    /** What keeps {@code drl} from reading like the guide, one line per finding. */
    static List<String> problems(String drl) {
        String code = blankCommentsAndStrings(drl);
        List<String> problems = new ArrayList<>();
        if (FUNCTION.matcher(code).find()) {
            problems.add("defines a function: write the phrase as a typed method beside Say");
        }
        Matcher cast = CAST.matcher(code);
        while (cast.find()) {
            problems.add("casts (line " + line(code, cast.start()) + "): read a typed property of a topic fact");
        }
        Matcher rule = RULE_PART.matcher(code);
        while (rule.find()) {
            String name = drl.substring(rule.start(1), rule.end(1));
            String then = rule.group(2);
            int thenStart = rule.start(2);
            Matcher branch = BRANCH_OR_LOOP.matcher(then);
            while (branch.find()) {
                problems.add("\"" + name + "\" branches or loops in its consequence (line "
                        + line(code, thenStart + branch.start()) + ", " + branch.group() + ")");
            }
            Matcher advise = ADVISE.matcher(then);
            while (advise.find()) {
                Matcher priority = LITERAL_PRIORITY.matcher(then).region(advise.end(), then.length());
                if (!priority.lookingAt()) {
                    problems.add("\"" + name + "\" picks its priority in the consequence (line "
                            + line(code, thenStart + advise.start()) + "): give each priority a rule of its own");
                } else if (argument(then, priority.end()).contains("?")) {
                    problems.add("\"" + name + "\" picks its title in the consequence (line "
                            + line(code, thenStart + advise.start()) + "): give each title a rule of its own");
                }
            }
        }
        return problems;
    }

    /** The argument starting at {@code from}: up to the next comma or closing parenthesis at its own depth. */
    private static String argument(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    private static int line(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * {@code drl} with comments and the contents of string literals replaced by spaces, lines kept:
     * a sentence of the guide may say "if" or "(Step 1)" without being code. Rule names stay, so
     * findings can name their rule.
     */
    static String blankCommentsAndStrings(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        boolean ruleName = false;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                for (; i < end; i++) {
                    out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"') {
                ruleName = out.toString().matches("(?s).*\\brule\\s+$");
                out.append('"');
                i++;
                while (i < drl.length() && drl.charAt(i) != '"') {
                    if (drl.charAt(i) == '\\' && i + 1 < drl.length()) {
                        out.append(ruleName ? drl.substring(i, i + 2) : "  ");
                        i += 2;
                        continue;
                    }
                    out.append(ruleName || drl.charAt(i) == '\n' ? drl.charAt(i) : ' ');
                    i++;
                }
                if (i < drl.length()) {
                    out.append('"');
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
