package io.github.stepadvisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A program list keeps its programs in the order of {@link ProgramResult#compareTo}, however it sorts them. */
class ProgramListOrderTest {

    private static ProgramResult result(String id, ProgramCategory category, OptionalInt margin) {
        Program program = Program.builder().id(id).name("Program " + id).specialty(Specialty.PEDIATRICS)
                .state(UsState.OH).setting(ProgramSetting.COMMUNITY).buildUnchecked();
        return new ProgramResult(program, category, margin, Friendliness.UNKNOWN, List.of(), List.of());
    }

    private static List<ProgramResult> listed(List<ProgramResult> programs) {
        return new ProgramList(Optional.empty(), LocalDate.parse("2026-11-24"), Optional.empty(), programs,
                new ProgramSummary(0, 0, 0, 0, 0, 0), List.of()).programs();
    }

    @Test
    void categoryThenHighestMarginThenUnknownMarginThenId() {
        ProgramResult reach = result("A", ProgramCategory.REACH, OptionalInt.of(30));
        ProgramResult unknown = result("B", ProgramCategory.SAFETY, OptionalInt.empty());
        ProgramResult low = result("C", ProgramCategory.SAFETY, OptionalInt.of(Integer.MIN_VALUE));
        ProgramResult high = result("D", ProgramCategory.SAFETY, OptionalInt.of(Integer.MAX_VALUE));
        ProgramResult tieLater = result("F", ProgramCategory.SAFETY, OptionalInt.of(5));
        ProgramResult tieFirst = result("E", ProgramCategory.SAFETY, OptionalInt.of(5));
        assertThat(listed(List.of(reach, unknown, low, high, tieLater, tieFirst)))
                .containsExactly(high, tieFirst, tieLater, low, unknown, reach);
    }

    @Test
    void thousandsOfRandomResultsAreInCompareToOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<ProgramResult> programs = new ArrayList<>();
            int size = random.nextInt(3000);
            for (int i = 0; i < size; i++) {
                // Few categories and margins, so that every kind of tie occurs.
                OptionalInt margin = random.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(21) - 10);
                // Every other round in id order, as a catalogue usually is, repeated ids included.
                String id = round % 2 == 0 ? "P" + random.nextInt(size + 1)
                        : String.format(java.util.Locale.ROOT, "P%05d", i - random.nextInt(2));
                programs.add(result(id, ProgramCategory.values()[random.nextInt(4)], margin));
            }
            List<ProgramResult> expected = new ArrayList<>(programs);
            expected.sort(null);
            List<ProgramResult> actual = listed(programs);
            assertThat(actual).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                // The same instances in the same places: a stable sort keeps equal results in input order.
                assertThat(actual.get(i)).isSameAs(expected.get(i));
            }
        }
    }
}
