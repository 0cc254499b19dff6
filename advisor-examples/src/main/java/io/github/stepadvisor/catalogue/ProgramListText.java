package io.github.stepadvisor.catalogue;

import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSummary;
import io.github.stepadvisor.model.Recommendation;

import java.util.List;

/**
 * A program list as an applicant reads it in a terminal: who and when, the applicant score, the
 * counts, the advice about the list as a whole, then one section per category with a compact
 * table (program, state, setting, margin, IMG share) and each program's reasons beneath it.
 * Plain text with {@code "\n"} line ends; catalogue text has its control characters replaced.
 */
public final class ProgramListText {

    /** Lines are wrapped to this many columns. */
    public static final int WIDTH = 88;
    /** Longer program names are cut in the table; the full name is beneath the row. */
    private static final int NAME_COLUMN = 44;
    private static final String INDENT = "      ";

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

        for (ProgramCategory category : ProgramCategory.values()) {
            List<ProgramResult> programs = list.in(category);
            heading(out, category + " (" + programs.size() + ")");
            if (programs.isEmpty()) {
                out.append("  none\n");
                continue;
            }
            int width = Math.min(NAME_COLUMN, Math.max("Program".length(),
                    programs.stream().mapToInt(p -> clean(p.name()).length()).max().orElse(0)));
            String format = "  %-" + width + "s  %-5s  %-21s  %6s  %9s\n";
            out.append(String.format(format, "Program", "State", "Setting", "Margin", "IMG share"));
            for (ProgramResult p : programs) {
                out.append(String.format(format, cut(clean(p.name()), width), p.state(), p.setting().label(),
                        margin(p), p.program().imgShare().isPresent() ? p.program().imgShare().getAsInt() + "%" : "-"));
                String about = p.id() + ", " + p.specialty().label()
                        + (clean(p.name()).length() > width ? ", " + clean(p.name()) : "")
                        + p.source().map(source -> "; source: " + clean(source)).orElse("");
                wrap(out, about, INDENT, INDENT);
                for (String reason : p.reasons()) {
                    wrap(out, reason, INDENT + "- ", INDENT + "  ");
                }
            }
        }
        return out.toString();
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

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    /** Catalogue text without control characters, which could move a terminal's cursor. */
    private static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString().strip();
    }

    /** Appends {@code text} in lines of at most {@link #WIDTH} columns; a longer word gets its own line. */
    private static void wrap(StringBuilder out, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int empty = first.length();
        for (String word : clean(text).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > empty && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                empty = rest.length();
            }
            if (line.length() > empty) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
