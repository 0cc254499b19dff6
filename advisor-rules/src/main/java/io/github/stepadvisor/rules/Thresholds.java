package io.github.stepadvisor.rules;

import java.time.MonthDay;

/**
 * Every number the rules compare with, read from {@code thresholds.properties} beside the DRL
 * files, where each one is explained. A key of that file is a component name here; rules read
 * them as {@code Thresholds( $margin : step1SafetyMargin )}, never as literals. Each component
 * carries its {@link Range}: a new threshold declares its allowed values where it is declared.
 */
public record Thresholds(
        @Range(min = 1, max = 300, unit = "points") int step1PassingScore,
        @Range(min = 0, max = 100, unit = "points", notAbove = "step1ComfortableMargin") int step1SafetyMargin,
        @Range(min = 0, max = 100, unit = "points") int step1ComfortableMargin,
        @Range(min = 1, max = 300, unit = "points") int step1BorderlineScore,
        @Range(min = 1, max = 10, unit = "tests") int step1ReadinessWindow,
        @Range(min = 1, max = 20, unit = "tests") int step1MinimumPracticeTests,
        @Range(min = 1, max = 300, unit = "points") int step2PassingScore,
        @Range(min = 1, max = 300, unit = "points") int step2BandUltra,
        @Range(min = 1, max = 300, unit = "points", notAbove = "step2BandUltra") int step2BandModerate,
        @Range(min = 1, max = 300, unit = "points", notAbove = "step2BandModerate") int step2BandModerateWorkable,
        @Range(min = 1, max = 300, unit = "points", notAbove = "step2BandModerate") int step2BandLess,
        @Range(min = 1, max = 300, unit = "points") int step2StrongScore,
        @Range(min = 1, max = 300, unit = "points", notAbove = "step2PracticeTargetCompetitive") int step2PracticeTargetLess,
        @Range(min = 1, max = 300, unit = "points") int step2PracticeTargetCompetitive,
        @Range(min = 0, max = 100, unit = "points") int step2PracticeNearBand,
        @Range(min = 1, max = 10, unit = "tests") int step2ReadinessWindow,
        @Range(min = 1, max = 300, unit = "points", notAbove = "redemptionTargetUpper") int redemptionTarget,
        @Range(min = 1, max = 300, unit = "points") int redemptionTargetUpper,
        @Range(min = 0, max = 100, unit = "points") int redemptionFarBelow,
        @Range(min = 1, max = 1000, unit = "programs", notAbove = "broadApplicationProgramsUpper") int broadApplicationPrograms,
        @Range(min = 1, max = 1000, unit = "programs") int broadApplicationProgramsUpper,
        @Range(min = 0, max = 36, unit = "months", notAbove = "usceMonthsUpper") int usceMonths,
        @Range(min = 0, max = 36, unit = "months") int usceMonthsUpper,
        @Range(min = 0, max = 10, unit = "letters") int usLetters,
        @Range(min = 1, max = 52, unit = "weeks", notAbove = "step1DedicatedWeeksDefault") int step1DedicatedWeeksMin,
        @Range(min = 1, max = 52, unit = "weeks") int step1DedicatedWeeksMax,
        @Range(min = 1, max = 52, unit = "weeks", notAbove = "step1DedicatedWeeksMax") int step1DedicatedWeeksDefault,
        @Range(min = 1, max = 500, unit = "questions") int step1DailyQuestions,
        @Range(min = 1, max = 500, unit = "questions") int step2DailyQuestions,
        @Range(min = 1, max = 36, unit = "months") int prepHorizonMonths,
        @Range(min = 1, max = 52, unit = "weeks") int step2DedicatedWeeks,
        @Range(min = 1, max = 52, unit = "weeks", notAbove = "step2DedicatedWeeks") int step2LateDedicatedWeeks,
        @Range(min = 0, max = 365, unit = "days") int imminentExamDays,
        @Range(notAbove = "step2LatestReasonable") MonthDay step2IdealBy,
        MonthDay step2LatestReasonable,
        @Range(min = 0, max = 52, unit = "weeks") int bookingLeadWeeks,
        @Range(min = 0, max = 60, unit = "months") int graduationHorizonMonths,
        @Range(min = 0, max = 36, unit = "months", notAbove = "graduationExtensionMonthsMax") int graduationExtensionMonthsMin,
        @Range(min = 0, max = 36, unit = "months") int graduationExtensionMonthsMax,
        @Range(min = 1, max = 10, unit = "attempts") int attemptsPerStep,
        @Range(min = 0, max = 50, unit = "years", notAbove = "graduationGapRedFlag") int graduationGapCaution,
        @Range(min = 0, max = 50, unit = "years") int graduationGapRedFlag,
        @Range(min = -100, max = 100, unit = "points") int programSafetyMargin,
        @Range(min = -100, max = 100, unit = "points", notAbove = "programSafetyMargin") int programTargetMargin,
        @Range(min = 0, max = 100, unit = "percent") int programFriendlyImgShare,
        @Range(min = 0, max = 100, unit = "percent", notAbove = "programFriendlyImgShare") int programMediumImgShare,
        @Range(min = 0, max = 100, unit = "percent") int programMinimumSafetyShare) {
}
