package io.github.stepadvisor.catalogue;

import io.github.stepadvisor.format.ProgramListJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.model.ApplicantScore;
import io.github.stepadvisor.model.Category;
import io.github.stepadvisor.model.Friendliness;
import io.github.stepadvisor.model.Priority;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramCategory;
import io.github.stepadvisor.model.ProgramList;
import io.github.stepadvisor.model.ProgramResult;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.ProgramSummary;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.model.ScoreBasis;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.UsState;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The JSON and the text of a program list, written from a list built by hand. */
class ProgramListOutputTest {

    private static final Program LAKESHORE = Program.builder().id("FICT-IM-014")
            .name("Lakeshore Community Hospital Internal Medicine").specialty(Specialty.INTERNAL_MEDICINE)
            .state(UsState.OH).setting(ProgramSetting.COMMUNITY).imgShare(42).step2Median(232)
            .source("program website, 2026").build();
    private static final Program PRAIRIE = Program.builder().id("FICT-PA-001").name("Prairie Lantern Pathology")
            .specialty(Specialty.PATHOLOGY).state(UsState.IL).setting(ProgramSetting.UNIVERSITY).build();

    private static ProgramList list(Optional<ApplicantScore> score) {
        return new ProgramList(Optional.of("Sam"), LocalDate.parse("2026-11-24"), score,
                List.of(
                        new ProgramResult(PRAIRIE, ProgramCategory.REACH, OptionalInt.empty(), Friendliness.UNKNOWN,
                                List.of("program.level.reach"), List.of("No score to compare.")),
                        new ProgramResult(LAKESHORE, ProgramCategory.SAFETY, OptionalInt.of(9), Friendliness.HIGH,
                                List.of("program.level.safety", "program.adjust.geographic-tie"),
                                List.of("Your Step 2 CK 241 is 9 above the program's median of 232.",
                                        "You have ties to OH."))),
                new ProgramSummary(2, 1, 0, 1, 0, 3),
                List.of(new Recommendation("programs.reach-heavy", Category.PROGRAMS, Priority.MEDIUM,
                        Optional.empty(), "Keep reach programs to a few", List.of("1 reach, 1 safety."),
                        "Action Plan and Timeline > Application year")));
    }

    @Test
    void theJsonFollowsTheContractFieldByField() {
        assertThat(ProgramListJson.write(list(Optional.of(new ApplicantScore(241, ScoreBasis.STEP_2_CK))))).isEqualTo("""
                {
                  "format": "step-advisor/program-list@1",
                  "name": "Sam",
                  "asOf": "2026-11-24",
                  "applicantScore": {
                    "value": 241,
                    "basis": "STEP_2_CK"
                  },
                  "programs": [
                    {
                      "id": "FICT-IM-014",
                      "name": "Lakeshore Community Hospital Internal Medicine",
                      "specialty": "INTERNAL_MEDICINE",
                      "state": "OH",
                      "setting": "COMMUNITY",
                      "category": "SAFETY",
                      "margin": 9,
                      "friendliness": "HIGH",
                      "factors": [
                        "program.level.safety",
                        "program.adjust.geographic-tie"
                      ],
                      "reasons": [
                        "Your Step 2 CK 241 is 9 above the program's median of 232.",
                        "You have ties to OH."
                      ],
                      "source": "program website, 2026"
                    },
                    {
                      "id": "FICT-PA-001",
                      "name": "Prairie Lantern Pathology",
                      "specialty": "PATHOLOGY",
                      "state": "IL",
                      "setting": "UNIVERSITY",
                      "category": "REACH",
                      "margin": null,
                      "friendliness": "UNKNOWN",
                      "factors": [
                        "program.level.reach"
                      ],
                      "reasons": [
                        "No score to compare."
                      ],
                      "source": null
                    }
                  ],
                  "summary": {
                    "listed": 2,
                    "safety": 1,
                    "target": 0,
                    "reach": 1,
                    "excluded": 0,
                    "notTargeted": 3
                  },
                  "recommendations": [
                    {
                      "id": "programs.reach-heavy",
                      "category": "PROGRAMS",
                      "priority": "MEDIUM",
                      "subject": null,
                      "title": "Keep reach programs to a few",
                      "reasons": [
                        "1 reach, 1 safety."
                      ],
                      "source": "Action Plan and Timeline > Application year"
                    }
                  ]
                }
                """);
    }

    @Test
    void withoutAnApplicantScoreItIsNullAndEmptyListsAreBrackets() {
        ProgramList empty = new ProgramList(Optional.empty(), LocalDate.parse("2026-11-24"), Optional.empty(),
                List.of(), new ProgramSummary(0, 0, 0, 0, 0, 0), List.of());
        assertThat(ProgramListJson.write(empty)).isEqualTo("""
                {
                  "format": "step-advisor/program-list@1",
                  "name": null,
                  "asOf": "2026-11-24",
                  "applicantScore": null,
                  "programs": [],
                  "summary": {
                    "listed": 0,
                    "safety": 0,
                    "target": 0,
                    "reach": 0,
                    "excluded": 0,
                    "notTargeted": 0
                  },
                  "recommendations": []
                }
                """);
    }

    @Test
    void theTextPutsTheListAdviceFirstThenOneTablePerCategoryWithReasonsBeneath() {
        String text = ProgramListText.render(list(Optional.of(new ApplicantScore(238, ScoreBasis.PRACTICE_ESTIMATE))));
        assertThat(text).startsWith("""
                Program list for Sam
                As of 2026-11-24. Applicant score: 238, a practice estimate (no Step 2 CK score yet)
                2 programs in your target specialties: 1 safety, 0 target, 1 reach, 0 excluded; 3 more
                  in the catalogue are outside them.

                ABOUT THE LIST
                --------------
                1. MEDIUM: Keep reach programs to a few
                   programs.reach-heavy
                   - 1 reach, 1 safety.
                   Guide: Action Plan and Timeline > Application year

                SAFETY (1)
                ----------
                  Program                                       State  Setting                Margin  IMG share
                  Lakeshore Community Hospital Internal Med...  OH     community                  +9        42%
                      FICT-IM-014, Internal Medicine, Lakeshore Community Hospital Internal Medicine;
                      source: program website, 2026
                      - Your Step 2 CK 241 is 9 above the program's median of 232.
                      - You have ties to OH.

                TARGET (0)
                ----------
                  none
                """);
        assertThat(text).contains("""
                  Program                    State  Setting                Margin  IMG share
                  Prairie Lantern Pathology  IL     university                  -          -
                      FICT-PA-001, Pathology
                      - No score to compare.
                """);
        assertThat(text).doesNotContain("\r").endsWith("\n");
    }

    @Test
    void controlCharactersOfCatalogueTextNeverReachTheTerminal() {
        Program hostile = LAKESHORE.toBuilder().name("Evil\u001b[2J Hospital").source("x\u0007y").build();
        ProgramList list = new ProgramList(Optional.empty(), LocalDate.parse("2026-11-24"), Optional.empty(),
                List.of(new ProgramResult(hostile, ProgramCategory.TARGET, OptionalInt.empty(), Friendliness.HIGH,
                        List.of("program.level.target"), List.of("r"))),
                new ProgramSummary(1, 0, 1, 0, 0, 0), List.of());
        assertThat(ProgramListText.render(list)).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void aReasonEveryOpenProgramGivesIsSaidOnceAboveTheSections() {
        String failed = "You failed Step 2 CK once: one level lower.";
        Program closed = PRAIRIE.toBuilder().id("FICT-PA-002").build();
        ProgramList list = new ProgramList(Optional.empty(), LocalDate.parse("2026-11-24"), Optional.empty(),
                List.of(new ProgramResult(LAKESHORE, ProgramCategory.TARGET, OptionalInt.of(9), Friendliness.HIGH,
                                List.of("program.level.safety", "program.adjust.step2-fail"),
                                List.of("Target: first.", "Lakeshore's own.", failed)),
                        new ProgramResult(PRAIRIE, ProgramCategory.REACH, OptionalInt.empty(), Friendliness.UNKNOWN,
                                List.of("program.level.target", "program.adjust.step2-fail"),
                                List.of("Reach: first.", failed)),
                        new ProgramResult(closed, ProgramCategory.EXCLUDED, OptionalInt.empty(), Friendliness.UNKNOWN,
                                List.of("program.excluded.usce"), List.of("Excluded: closed.", "No USCE."))),
                new ProgramSummary(3, 0, 1, 1, 1, 0), List.of());
        String text = ProgramListText.render(list);
        assertThat(text).contains("""

                FOR EVERY PROGRAM OPEN TO YOU
                -----------------------------
                  - You failed Step 2 CK once: one level lower.

                SAFETY (0)
                """);
        assertThat(text.split(java.util.regex.Pattern.quote(failed), -1)).as("said once").hasSize(2);
        assertThat(text).contains("- Target: first.\n      - Lakeshore's own.\n")
                .contains("- Reach: first.\n").contains("- Excluded: closed.\n      - No USCE.\n");
    }

    @Test
    void withOneOpenProgramNothingIsSaidAsShared() {
        ProgramList list = new ProgramList(Optional.empty(), LocalDate.parse("2026-11-24"), Optional.empty(),
                List.of(new ProgramResult(LAKESHORE, ProgramCategory.TARGET, OptionalInt.of(9), Friendliness.HIGH,
                        List.of("program.level.safety"), List.of("Target: first.", "Its own."))),
                new ProgramSummary(1, 0, 1, 0, 0, 0), List.of());
        assertThat(ProgramListText.render(list)).doesNotContain("FOR EVERY PROGRAM").contains("- Its own.\n");
    }
}
