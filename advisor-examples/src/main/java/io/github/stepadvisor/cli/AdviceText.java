package io.github.stepadvisor.cli;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Recommendation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Advice as an applicant reads it in a terminal: a header, then the recommendations grouped by
 * urgency, each with its title, id, reasons as wrapped bullets and the guide section it comes from,
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

    public static String render(Advice advice) {
        return render(advice, WIDTH);
    }

    public static String render(Advice advice, int width) {
        StringBuilder out = new StringBuilder();
        int count = advice.recommendations().size();
        advice.name().ifPresent(name -> wrap(out, "Advice for " + ascii(name), "", "  ", width));
        out.append("As of ").append(advice.asOf()).append(": ").append(count)
                .append(count == 1 ? " recommendation" : " recommendations").append('\n');
        if (count == 0) {
            out.append("\nThe rules found nothing to advise for this profile.\n");
            return out.toString();
        }
        int digits = String.valueOf(count).length();
        int number = 0;
        for (Priority priority : Priority.values()) {
            List<Recommendation> group = advice.recommendations().stream()
                    .filter(r -> r.priority() == priority).toList();
            if (group.isEmpty()) {
                continue;
            }
            String heading = HEADINGS.get(priority) + " (" + priority + ": " + MEANINGS.get(priority) + ")";
            out.append('\n').append(heading).append('\n').append("-".repeat(heading.length())).append('\n');
            for (Recommendation r : group) {
                number++;
                String lead = " ".repeat(digits - String.valueOf(number).length()) + number + ". ";
                String indent = " ".repeat(lead.length());
                out.append('\n');
                wrap(out, ascii(r.title()), lead, indent, width);
                out.append(indent).append(r.id())
                        .append(r.subject().map(s -> " (" + ascii(s.label()) + ")").orElse("")).append('\n');
                for (String reason : r.reasons()) {
                    wrap(out, ascii(reason), indent + "- ", indent + "  ", width);
                }
                wrap(out, "Guide: " + ascii(r.source()), indent, indent + "  ", width);
                r.explanation().ifPresent(why -> explain(out, why, indent, width));
            }
        }
        return out.toString();
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
