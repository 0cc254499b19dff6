package io.github.stepadvisor.rules;

import static io.github.stepadvisor.rules.Profiles.advise;
import static io.github.stepadvisor.rules.Profiles.clinical;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stepadvisor.model.Advice;
import io.github.stepadvisor.model.Citizenship;
import io.github.stepadvisor.model.Education;
import io.github.stepadvisor.model.Stage;

import org.junit.jupiter.api.Test;

class ContextRulesTest {

    @Test
    void aUsCitizenImgIsToldTheirVisaAdvantage() {
        Advice advice = advise(clinical());
        assertThat(advice.ids()).contains("context.us-citizen-img").doesNotContain("context.outside-scope");
        assertThat(advice.find("context.us-citizen-img").orElseThrow().reasons().get(0)).contains("US citizen");
    }

    @Test
    void aPermanentResidentIsTreatedAsAUsCitizenAndToldWhy() {
        Advice advice = advise(clinical().citizenship(Citizenship.PERMANENT_RESIDENT));
        assertThat(advice.ids()).contains("context.us-citizen-img").doesNotContain("context.outside-scope");
        assertThat(advice.find("context.us-citizen-img").orElseThrow().reasons().get(0))
                .contains("permanent resident").contains("NRMP");
    }

    @Test
    void aForeignNationalIsOutsideTheGuidesScope() {
        Advice advice = advise(clinical().citizenship(Citizenship.FOREIGN_NATIONAL));
        assertThat(advice.ids()).contains("context.outside-scope").doesNotContain("context.us-citizen-img");
        assertThat(advice.find("context.outside-scope").orElseThrow().reasons().get(0)).contains("visa");
    }

    @Test
    void aUsGraduateIsOutsideTheGuidesScope() {
        Advice advice = advise(clinical().education(Education.US_MD));
        assertThat(advice.ids()).contains("context.outside-scope").doesNotContain("context.us-citizen-img");
    }

    @Test
    void aClinicalStudentWithoutMatchYearIsAskedForIt() {
        Advice advice = advise(clinical().withoutMatchYear());
        assertThat(advice.ids()).contains("context.no-match-year");
    }

    @Test
    void aPreclinicalStudentIsNotAskedForTheMatchYear() {
        Advice advice = advise(clinical().withoutMatchYear().stage(Stage.PRECLINICAL));
        assertThat(advice.ids()).doesNotContain("context.no-match-year");
    }

    @Test
    void aMatchYearSilencesTheQuestion() {
        assertThat(advise(clinical()).ids()).doesNotContain("context.no-match-year");
    }
}
