package io.github.stepadvisor.rules;

import java.time.MonthDay;

/**
 * Every number the rules compare with, read from {@code thresholds.properties} beside the DRL
 * files, where each one is explained. A key of that file is a component name here; rules read
 * them as {@code Thresholds( $margin : step1SafetyMargin )}, never as literals.
 */
public record Thresholds(
        int step1PassingScore,
        int step1SafetyMargin,
        int step1ComfortableMargin,
        int step1BorderlineScore,
        int step1ReadinessWindow,
        int step1MinimumPracticeTests,
        int step2PassingScore,
        int step2BandUltra,
        int step2BandModerate,
        int step2BandModerateWorkable,
        int step2BandLess,
        int step2StrongScore,
        int step2PracticeTargetLess,
        int step2PracticeTargetCompetitive,
        int step2PracticeNearBand,
        int step2ReadinessWindow,
        int redemptionTarget,
        int redemptionTargetUpper,
        int redemptionFarBelow,
        int broadApplicationPrograms,
        int broadApplicationProgramsUpper,
        int usceMonths,
        int usceMonthsUpper,
        int usLetters,
        int step1DedicatedWeeksMin,
        int step1DedicatedWeeksMax,
        int step1DedicatedWeeksDefault,
        int step1DailyQuestions,
        int step2DailyQuestions,
        int prepHorizonMonths,
        int step2DedicatedWeeks,
        int step2LateDedicatedWeeks,
        int imminentExamDays,
        MonthDay step2IdealBy,
        MonthDay step2LatestReasonable,
        int bookingLeadWeeks,
        int graduationHorizonMonths,
        int graduationExtensionMonthsMin,
        int graduationExtensionMonthsMax,
        int attemptsPerStep,
        int graduationGapCaution,
        int graduationGapRedFlag,
        int programSafetyMargin,
        int programTargetMargin,
        int programFriendlyImgShare,
        int programMediumImgShare,
        int programMinimumSafetyShare) {
}
