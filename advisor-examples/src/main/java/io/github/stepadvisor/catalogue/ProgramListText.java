package io.github.stepadvisor.catalogue;

import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSummary;
import io.github.stepadvisor.model.Recommendation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A program list as an applicant reads it in a terminal: who and when, the applicant score, the
 * counts, the advice about the list as a whole, the reasons every open program shares (said once,
 * not beneath each one), then one section per category with a compact table (program, state,
 * setting, margin, IMG share) and each program's other reasons beneath it.
 * Plain text with {@code "\n"} line ends; catalogue text has its control characters replaced.
 */
public final class ProgramListText {

    /** Lines are wrapped to this many columns. */
    public static final int WIDTH = 88;
    /** Longer program names are cut in the table; the full name is beneath the row. */
    private static final int NAME_COLUMN = 44;
    private static final String INDENT = "      ";
    /** Lists this long write their category sections in parallel. */
    private static final int PARALLEL_FROM = 1_000;
    private static final String SPACES = " ".repeat(NAME_COLUMN);

    private ProgramListText() {
    }

    public static String render(ProgramList list) {
        StringBuilder out = new StringBuilder();
        list.name().ifPresent(name -> wrap(out, "Program list for " + name, "", "  "));
        wrap(out, "As of " + list.asOf() + ". Applicant score: " + score(list), "", "  ");
        ProgramSummary s = list.summary();
        String counts = s.listed() + (s.listed() == 1 ? " program" : " programs") + " in your target specialties: "
                + s.safety() + " safety, " + s.target() + " target, " + s.reach() + " reach, " + s.excluded()
                + " excluded" + (s.notTargeted() == 0 ? "" : "; " + s.notTargeted() + " more in the catalogue "
                        + (s.notTargeted() == 1 ? "is" : "are") + " outside them") + ".";
        wrap(out, counts, "", "  ");

        if (!list.recommendations().isEmpty()) {
            heading(out, "ABOUT THE LIST");
            int number = 0;
            for (Recommendation r : list.recommendations()) {
                number++;
                String lead = number + ". ";
                String indent = " ".repeat(lead.length());
                wrap(out, r.priority() + ": " + r.title(), lead, indent);
                out.append(indent).append(r.id()).append('\n');
                for (String reason : r.reasons()) {
                    wrap(out, reason, indent + "- ", indent + "  ");
                }
                wrap(out, "Guide: " + r.source(), indent, indent + "  ");
            }
        }

        Set<String> shared = sharedReasons(list);
        if (!shared.isEmpty()) {
            heading(out, "FOR EVERY PROGRAM OPEN TO YOU");
            for (String reason : shared) {
                wrap(out, reason, "  - ", "    ");
            }
        }

        // The sections are independent: a long list writes them on two threads, joined in order.
        Stream<ProgramCategory> categories = Arrays.stream(ProgramCategory.values());
        if (list.programs().size() >= PARALLEL_FROM) {
            categories = categories.parallel();
        }
        categories.map(category -> section(list, category, shared)).forEachOrdered(out::append);
        return out.toString();
    }

    /**
     * The reasons, after the first, that every program not excluded gives in the same words (a
     * fact about the applicant, such as a failed attempt): read once above the sections rather
     * than under each program. None for fewer than two such programs.
     */
    private static Set<String> sharedReasons(ProgramList list) {
        Set<String> shared = null;
        int open = 0;
        for (ProgramResult p : list.programs()) {
            if (p.category() == ProgramCategory.EXCLUDED) {
                continue;
            }
            open++;
            List<String> reasons = p.reasons().subList(Math.min(1, p.reasons().size()), p.reasons().size());
            if (shared == null) {
                shared = new LinkedHashSet<>(reasons);
            } else {
                shared.retainAll(reasons);
            }
            if (shared.isEmpty()) {
                break;
            }
        }
        return open < 2 ? Set.of() : shared;
    }

    /** The heading, table and reasons of one category, without the {@code shared} ones. */
    private static StringBuilder section(ProgramList list, ProgramCategory category, Set<String> shared) {
        List<ProgramResult> programs = list.in(category);
        StringBuilder out = new StringBuilder(programs.size() * 400 + 64);
        heading(out, category + " (" + programs.size() + ")");
        if (programs.isEmpty()) {
            return out.append("  none\n");
        }
        // Each name cleaned once: a list can hold thousands of programs.
        String[] names = new String[programs.size()];
        int longest = 0;
        for (int i = 0; i < names.length; i++) {
            names[i] = clean(programs.get(i).name());
            longest = Math.max(longest, names[i].length());
        }
        int width = Math.min(NAME_COLUMN, Math.max("Program".length(), longest));
        row(out, width, "Program", "State", "Setting", "Margin", "IMG share");
        for (int i = 0; i < names.length; i++) {
            ProgramResult p = programs.get(i);
            String name = names[i];
            row(out, width, cut(name, width), p.state().toString(), p.setting().label(), margin(p),
                    p.program().imgShare().isPresent() ? p.program().imgShare().getAsInt() + "%" : "-");
            String about = p.id() + ", " + p.specialty().label()
                    + (name.length() > width ? ", " + name : "")
                    + p.source().map(source -> "; source: " + clean(source)).orElse("");
            wrap(out, about, INDENT, INDENT);
            for (String reason : p.reasons()) {
                // Excluded programs give only their exclusions, so nothing of theirs is shared.
                if (category == ProgramCategory.EXCLUDED || !shared.contains(reason)) {
                    wrap(out, reason, INDENT + "- ", INDENT + "  ");
                }
            }
        }
        return out;
    }

    private static String score(ProgramList list) {
        return list.applicantScore().map(a -> a.isEstimate()
                        ? a.value() + ", a practice estimate (no Step 2 CK score yet)"
                        : a.value() + " (Step 2 CK)")
                .orElse("none (no Step 2 CK score or practice test): levels rest on IMG friendliness alone");
    }

    private static String margin(ProgramResult p) {
        if (p.margin().isEmpty()) {
            return "-";
        }
        int m = p.margin().getAsInt();
        return m > 0 ? "+" + m : String.valueOf(m);
    }

    private static void heading(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n').append("-".repeat(title.length())).append('\n');
    }

    /**
     * One row of a category's table: {@code "  %-<width>s  %-5s  %-21s  %6s  %9s\n"}, padded by
     * hand (the same bytes as {@code String.format}, without parsing the format for every row).
     */
    private static void row(StringBuilder out, int width, String name, String state, String setting, String margin,
            String imgShare) {
        out.append("  ");
        padRight(out, name, width);
        out.append("  ");
        padRight(out, state, 5);
        out.append("  ");
        padRight(out, setting, 21);
        out.append("  ");
        padLeft(out, margin, 6);
        out.append("  ");
        padLeft(out, imgShare, 9);
        out.append('\n');
    }

    private static void padRight(StringBuilder out, String text, int width) {
        out.append(text);
        spaces(out, width - text.length());
    }

    private static void padLeft(StringBuilder out, String text, int width) {
        spaces(out, width - text.length());
        out.append(text);
    }

    private static void spaces(StringBuilder out, int count) {
        for (int left = count; left > 0; left -= SPACES.length()) {
            out.append(SPACES, 0, Math.min(left, SPACES.length()));
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    /** Catalogue text without control characters, which could move a terminal's cursor. */
    private static String clean(String text) {
        // Control characters are never half of a surrogate pair, so a char-wise scan finds the same ones.
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                StringBuilder clean = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    clean.append(Character.isISOControl(c) ? ' ' : c);
                }
                return clean.toString().strip();
            }
        }
        return text.strip();
    }

    /** {@link Character#isISOControl(char)}, written out: it is asked of every character written. */
    private static boolean isControl(char c) {
        return c <= '\u001F' || (c >= '\u007F' && c <= '\u009F');
    }

    /** Appends {@code text} in lines of at most {@link #WIDTH} columns; a longer word gets its own line. */
    private static void wrap(StringBuilder out, String text, String first, String rest) {
        String words = clean(text);
        int lineStart = out.length();
        out.append(first);
        int empty = first.length();
        int length = first.length();
        int i = 0;
        int n = words.length();
        while (i < n) {
            // The words are what splitting on \s+ leaves: clean() made every control character, the
            // other characters of \s included, a space.
            if (words.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            i = words.indexOf(' ', start);
            if (i < 0) {
                i = n;
            }
            int word = i - start;
            if (length > empty && length + 1 + word > WIDTH) {
                out.append('\n');
                lineStart = out.length();
                out.append(rest);
                empty = rest.length();
                length = rest.length();
            }
            if (length > empty) {
                out.append(' ');
                length++;
            }
            out.append(words, start, i);
            length += word;
        }
        // Only the last line is stripped, as it always was: a full line ends with a word.
        stripTrailing(out, lineStart);
        out.append('\n');
    }

    /**
     * {@code String.stripTrailing} of the line that starts at {@code lineStart}, in place (every
     * whitespace code point is a single char).
     */
    private static void stripTrailing(StringBuilder out, int lineStart) {
        int end = out.length();
        while (end > lineStart && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }
}
