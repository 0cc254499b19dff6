package io.github.stepadvisor.cli;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.Summary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Advice as an applicant reads it in a terminal: a header, the summary at a glance (where they stand,
 * the next steps), then the recommendations grouped by urgency, each with its title, id, reasons as
 * wrapped bullets and the guide section it comes from (LOW ones, background, as one line each
 * unless asked for all),
 * and, for advice that explains itself, the rule that fired, its file and the values it matched.
 * Output is plain ASCII with {@code "\n"} line ends, so it reads the same in any terminal, pager,
 * e-mail or log file; typographic characters of the rules' text are spelled out in ASCII.
 */
public final class AdviceText {

    /** Lines are wrapped to this many columns. */
    public static final int WIDTH = 88;

    private static final Map<Priority, String> HEADINGS = Map.of(
            Priority.HIGH, "ACT NOW",
            Priority.MEDIUM, "PLAN FOR IT",
            Priority.LOW, "GOOD TO KNOW");

    private static final Map<Priority, String> MEANINGS = Map.of(
            Priority.HIGH, "red flags and steps to take now",
            Priority.MEDIUM, "steps to plan for",
            Priority.LOW, "reassurance and background");

    private AdviceText() {
    }

    /** The advice as printed by default: LOW recommendations one line each. */
    public static String render(Advice advice) {
        return render(advice, false, WIDTH);
    }

    /** The advice, LOW recommendations in full when {@code all} (or when the advice explains itself). */
    public static String render(Advice advice, boolean all) {
        return render(advice, all, WIDTH);
    }

    public static String render(Advice advice, boolean all, int width) {
        StringBuilder out = new StringBuilder();
        int count = advice.recommendations().size();
        advice.name().ifPresent(name -> wrap(out, "Advice for " + ascii(name), "", "  ", width));
        out.append("As of ").append(advice.asOf()).append(": ").append(count)
                .append(count == 1 ? " recommendation" : " recommendations").append('\n');
        summary(out, advice.summary(), width);
        if (count == 0) {
            out.append("\nThe rules found nothing to advise for this profile.\n");
            return out.toString();
        }
        boolean explained = advice.recommendations().stream().anyMatch(r -> r.explanation().isPresent());
        int digits = String.valueOf(count).length();
        int number = 0;
        for (Priority priority : Priority.values()) {
            List<Recommendation> group = advice.recommendations().stream()
                    .filter(r -> r.priority() == priority).toList();
            if (group.isEmpty()) {
                continue;
            }
            boolean brief = priority == Priority.LOW && !all && !explained;
            heading(out, HEADINGS.get(priority) + " (" + priority + ": " + MEANINGS.get(priority) + ")");
            if (brief) {
                out.append('\n');
            }
            for (Recommendation r : group) {
                number++;
                String lead = " ".repeat(digits - String.valueOf(number).length()) + number + ". ";
                String indent = " ".repeat(lead.length());
                if (brief) {
                    wrap(out, ascii(r.title()) + " [" + key(r) + "]", lead, indent, width);
                    continue;
                }
                out.append('\n');
                wrap(out, ascii(r.title()), lead, indent, width);
                out.append(indent).append(key(r)).append('\n');
                for (String reason : r.reasons()) {
                    wrap(out, ascii(reason), indent + "- ", indent + "  ", width);
                }
                wrap(out, "Guide: " + ascii(r.source()), indent, indent + "  ", width);
                r.explanation().ifPresent(why -> explain(out, why, indent, width));
            }
            if (brief) {
                out.append("\n(--all prints these with their reasons.)\n");
            }
        }
        return out.toString();
    }

    /** "At a glance" (where the applicant stands) and "Next steps" (the first HIGH or MEDIUM items). */
    private static void summary(StringBuilder out, Summary summary, int width) {
        if (!summary.standing().isEmpty()) {
            heading(out, "At a glance");
            for (String line : summary.standing()) {
                wrap(out, ascii(line), "  ", "    ", width);
            }
        }
        if (!summary.nextSteps().isEmpty()) {
            heading(out, "Next steps");
            int number = 0;
            for (Summary.NextStep step : summary.nextSteps()) {
                number++;
                wrap(out, ascii(step.title()) + " [" + step.id() + "]", "  " + number + ". ", "     ", width);
            }
        }
    }

    private static void heading(StringBuilder out, String heading) {
        out.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
    }

    /** The id, with the specialty a per-specialty recommendation is about. */
    private static String key(Recommendation r) {
        return r.id() + r.subject().map(s -> " (" + ascii(s.label()) + ")").orElse("");
    }

    /**
     * The rule behind a recommendation and the values its match bound, one per line, for an
     * advisor checking why a rule fired (advice asked with {@code --explain}).
     */
    private static void explain(StringBuilder out, Explanation why, String indent, int width) {
        wrap(out, "Why: rule \"" + ascii(why.rule()) + "\" in " + ascii(why.file()), indent, indent + "     ", width);
        for (Explanation.Matched matched : why.matched()) {
            wrap(out, ascii(matched.line()), indent + "  ", indent + "    ", width);
        }
    }

    /**
     * Appends {@code text} in lines of at most {@code width} columns, the first starting with
     * {@code first} and the rest with {@code rest}. A word longer than a line (a URL) gets a line
     * of its own rather than being broken.
     */
    static void wrap(StringBuilder out, String text, String first, String rest, int width) {
        StringBuilder line = new StringBuilder(first);
        int emptyLength = first.length();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean lineHasWords = line.length() > emptyLength;
            if (lineHasWords && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                emptyLength = rest.length();
                lineHasWords = false;
            }
            if (lineHasWords) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static final String[][] SPELLED = {
            {"\u2018", "'"}, {"\u2019", "'"}, {"\u201C", "\""}, {"\u201D", "\""},
            {"\u2013", "-"}, {"\u2014", " - "}, {"\u2212", "-"}, {"\u2026", "..."},
            {"\u2265", ">="}, {"\u2264", "<="}, {"\u00D7", "x"}, {"\u2192", "->"},
            {"\u2022", "*"}, {"\u00B1", "+/-"}, {"\u00A0", " "}, {"\u2248", "~"},
    };

    /**
     * {@code text} in printable ASCII: typographic characters spelled out, accents dropped,
     * control characters (which could move a terminal's cursor) and anything else replaced.
     */
    static String ascii(String text) {
        String spelled = text;
        for (String[] pair : SPELLED) {
            spelled = spelled.replace(pair[0], pair[1]);
        }
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        List<Integer> kept = new ArrayList<>();
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                kept.add((int) ' ');
            } else if (c < 0x20 || c >= 0x7F) {
                kept.add((int) '?');
            } else {
                kept.add(c);
            }
        });
        StringBuilder out = new StringBuilder(kept.size());
        kept.forEach(out::appendCodePoint);
        return out.toString();
    }
}
