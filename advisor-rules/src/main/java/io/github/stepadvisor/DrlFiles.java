package io.github.stepadvisor;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * DRL files as Drools' own parser reads them: the package a file declares and the rules it
 * declares, by name. Never a second parser of ours: where the compiled rules keep no file (the
 * precompiled built-in set), this is how a rule's file is found.
 */
final class DrlFiles {

    private DrlFiles() {
    }

    /** What Drools' parser makes of {@code text}; empty when it cannot parse it (the compiler then reports why). */
    static Optional<PackageDescr> parse(String text) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, text);
            return parser.hasErrors() || descr == null ? Optional.empty() : Optional.of(descr);
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "package/rule name" to the file declaring it, for the DRL {@code texts} by file. */
    static Map<String, String> fileByRule(Map<String, String> texts) {
        Map<String, String> found = new HashMap<>();
        texts.forEach((file, text) -> parse(text).ifPresent(pkg -> {
            for (RuleDescr rule : pkg.getRules()) {
                found.putIfAbsent(key(pkg.getName(), rule.getName()), file);
            }
        }));
        return found;
    }

    static String key(String pkg, String rule) {
        return pkg + "/" + rule;
    }

    /**
     * {@code text} with comments and the contents of string and character literals blanked, lines
     * kept: for the one check that looks at code as text (a call that would end the JVM), so a
     * call named in a comment or a sentence is not one.
     */
    static String blankCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '/' && text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (c == '/' && text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }
}
