package io.github.stepadvisor.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Issue 17, defect 12: a null given to the builder says which call, not a bare NullPointerException. */
class ApplicantBuilderTest {

    @Test
    void aNullGivenToAListMethodNamesTheMethod() {
        assertThatNullPointerException().isThrownBy(() -> Applicant.builder().target((Specialty[]) null))
                .withMessage("target(null): give a value; leave the call out for none");
        assertThatNullPointerException().isThrownBy(() -> Applicant.builder().target(Specialty.DERMATOLOGY, null))
                .withMessage("target(null): give a value; leave the call out for none");
        assertThatNullPointerException().isThrownBy(() -> Applicant.builder().ties((UsState) null))
                .withMessage("ties(null): give a value; leave the call out for none");
        assertThatNullPointerException().isThrownBy(() -> Applicant.builder().exam((ExamAttempt) null))
                .withMessage("exam(null): give a value; leave the call out for none");
    }
}
