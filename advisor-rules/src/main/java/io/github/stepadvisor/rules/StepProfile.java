package io.github.stepadvisor.rules;

import org.kie.api.definition.type.PropertyReactive;

/**
 * The guide's "low Step profile": Step 1 failed or borderline, a Step 2 CK below the band of the
 * less competitive specialties, or a failed Step 2 CK. Rules read {@code StepProfile( low )};
 * what made it low is said by {@link Say#lowStepProfile}. Property reactive only so an explanation
 * can ask Drools which properties a rule's conditions read.
 */
@PropertyReactive
public final class StepProfile {

    private final Step1 step1;
    private final Step2 step2;
    private final int lessBand;

    StepProfile(Step1 step1, Step2 step2, Thresholds thresholds) {
        this.step1 = step1;
        this.step2 = step2;
        this.lessBand = thresholds.step2BandLess();
    }

    public boolean isLow() {
        return step1.isFailedOrBorderline() || isStep2BelowLessBand() || step2.isFailed();
    }

    /** A Step 2 CK score below the band of the less competitive specialties. */
    public boolean isStep2BelowLessBand() {
        return step2.isScoreKnown() && step2.getScore() < lessBand;
    }

    /** The band a Step 2 CK score is held against here. */
    public int getLessBand() {
        return lessBand;
    }

    public Step1 getStep1() {
        return step1;
    }

    public Step2 getStep2() {
        return step2;
    }
}
