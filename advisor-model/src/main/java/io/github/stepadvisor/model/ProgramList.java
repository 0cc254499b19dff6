package io.github.stepadvisor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue classified for one applicant on one date ({@code program-list.md}): the listed
 * programs in the list's order, their counts, and advice about the list as a whole in the
 * catalogue's stable order.
 */
public record ProgramList(
        Optional<String> name,
        LocalDate asOf,
        Optional<ApplicantScore> applicantScore,
        List<ProgramResult> programs,
        ProgramSummary summary,
        List<Recommendation> recommendations) {

    public ProgramList {
        name = name == null ? Optional.empty() : name;
        Objects.requireNonNull(asOf, "asOf");
        applicantScore = applicantScore == null ? Optional.empty() : applicantScore;
        programs = Collections.unmodifiableList(inListOrder(programs));
        Objects.requireNonNull(summary, "summary");
        recommendations = recommendations.stream().sorted().toList();
    }

    /** Lists up to this long are sorted on packed primitive keys; longer ones with compareTo. */
    private static final int PACKED_INDEX_BITS = 24;

    /**
     * {@code programs} in the order of {@link ProgramResult#compareTo}, stable as {@code List.sort}
     * is. The category and margin of each result are packed with its position into one
     * {@code long} and those are sorted, which leaves results that tie on both in input order;
     * unless the input is in id order (a catalogue usually is), they are then ordered by id. A list of thousands sorts without following every
     * result to its program's id at every comparison.
     */
    private static List<ProgramResult> inListOrder(List<ProgramResult> programs) {
        ProgramResult[] input = programs.toArray(new ProgramResult[0]);
        int n = input.length;
        if (n >= 1 << PACKED_INDEX_BITS) {
            List<ProgramResult> sorted = new ArrayList<>(programs);
            sorted.sort(null);
            return sorted;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            // listKey() takes 35 bits: with the index, 59.
            packed[i] = input[i].listKey() << PACKED_INDEX_BITS | i;
        }
        Arrays.sort(packed);
        ProgramResult[] sorted = new ProgramResult[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = input[(int) (packed[i] & ((1 << PACKED_INDEX_BITS) - 1))];
        }
        // Ties are in input order: when that is id order (a catalogue usually is), they are sorted already.
        boolean inIdOrder = true;
        for (int i = 1; i < n && inIdOrder; i++) {
            inIdOrder = input[i - 1].id().compareTo(input[i].id()) <= 0;
        }
        if (!inIdOrder) {
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || packed[i] >>> PACKED_INDEX_BITS != packed[start] >>> PACKED_INDEX_BITS) {
                    sortByIdIfNeeded(sorted, start, i);
                    start = i;
                }
            }
        }
        return Arrays.asList(sorted);
    }

    /** {@code [from, to)} of {@code results}, which tie on category and margin, stably by id. */
    private static void sortByIdIfNeeded(ProgramResult[] results, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (results[i - 1].id().compareTo(results[i].id()) > 0) {
                Arrays.sort(results, from, to, Comparator.comparing(ProgramResult::id));
                return;
            }
        }
    }

    /** The listed program with this id. */
    public Optional<ProgramResult> program(String id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The listed programs of one category, in the list's order. */
    public List<ProgramResult> in(ProgramCategory category) {
        return programs.stream().filter(p -> p.category() == category).toList();
    }

    /** The ids of the list advice, in order. */
    public List<String> ids() {
        return recommendations.stream().map(Recommendation::id).toList();
    }

    public boolean has(String id) {
        return recommendations.stream().anyMatch(r -> r.id().equals(id));
    }

    public Optional<Recommendation> find(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
