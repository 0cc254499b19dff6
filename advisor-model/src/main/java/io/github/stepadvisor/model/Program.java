package io.github.stepadvisor.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One residency program of a catalogue ({@code program-list.md}). Absent optional values are
 * unknown: the catalogue left them blank.
 *
 * <p>Construction checks only structure; {@link ProgramValidator} checks meaning (ranges, the id
 * pattern, duplicates) and {@link Builder#build()} runs it on the one program.
 */
public record Program(
        String id,
        String name,
        Specialty specialty,
        UsState state,
        ProgramSetting setting,
        OptionalInt positions,
        OptionalInt imgShare,
        OptionalInt step2Median,
        OptionalInt step2Minimum,
        Optional<Step1FailPolicy> step1FailAccepted,
        OptionalInt maxYearsSinceGraduation,
        OptionalInt usceRequiredMonths,
        Optional<VisaSponsorship> visaSponsorship,
        Optional<String> source) {

    public Program {
        positions = Absent.orEmpty(positions);
        imgShare = Absent.orEmpty(imgShare);
        step2Median = Absent.orEmpty(step2Median);
        step2Minimum = Absent.orEmpty(step2Minimum);
        step1FailAccepted = Absent.orEmpty(step1FailAccepted);
        maxYearsSinceGraduation = Absent.orEmpty(maxYearsSinceGraduation);
        usceRequiredMonths = Absent.orEmpty(usceRequiredMonths);
        visaSponsorship = Absent.orEmpty(visaSponsorship);
        source = Absent.orEmpty(source);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this program's values, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a program in a few readable lines; a value not set stays unknown. */
    public static final class Builder {
        private String id;
        private String name;
        private Specialty specialty;
        private UsState state;
        private ProgramSetting setting;
        private Integer positions;
        private Integer imgShare;
        private Integer step2Median;
        private Integer step2Minimum;
        private Step1FailPolicy step1FailAccepted;
        private Integer maxYearsSinceGraduation;
        private Integer usceRequiredMonths;
        private VisaSponsorship visaSponsorship;
        private String source;

        private Builder() {
        }

        private Builder(Program p) {
            id = p.id;
            name = p.name;
            specialty = p.specialty;
            state = p.state;
            setting = p.setting;
            positions = boxed(p.positions);
            imgShare = boxed(p.imgShare);
            step2Median = boxed(p.step2Median);
            step2Minimum = boxed(p.step2Minimum);
            step1FailAccepted = p.step1FailAccepted.orElse(null);
            maxYearsSinceGraduation = boxed(p.maxYearsSinceGraduation);
            usceRequiredMonths = boxed(p.usceRequiredMonths);
            visaSponsorship = p.visaSponsorship.orElse(null);
            source = p.source.orElse(null);
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder name(String name) { this.name = name; return this; }
        public Builder specialty(Specialty specialty) { this.specialty = specialty; return this; }
        public Builder state(UsState state) { this.state = state; return this; }
        public Builder setting(ProgramSetting setting) { this.setting = setting; return this; }
        public Builder positions(Integer positions) { this.positions = positions; return this; }
        public Builder imgShare(Integer percent) { this.imgShare = percent; return this; }
        public Builder step2Median(Integer score) { this.step2Median = score; return this; }
        public Builder step2Minimum(Integer score) { this.step2Minimum = score; return this; }
        public Builder step1FailAccepted(Step1FailPolicy policy) { this.step1FailAccepted = policy; return this; }
        public Builder maxYearsSinceGraduation(Integer years) { this.maxYearsSinceGraduation = years; return this; }
        public Builder usceRequiredMonths(Integer months) { this.usceRequiredMonths = months; return this; }
        public Builder visaSponsorship(VisaSponsorship visas) { this.visaSponsorship = visas; return this; }
        public Builder source(String source) { this.source = source; return this; }

        /** The program as given, without validation: for readers that report problems themselves. */
        public Program buildUnchecked() {
            return new Program(id, name, specialty, state, setting, optional(positions), optional(imgShare),
                    optional(step2Median), optional(step2Minimum), Optional.ofNullable(step1FailAccepted),
                    optional(maxYearsSinceGraduation), optional(usceRequiredMonths),
                    Optional.ofNullable(visaSponsorship), Optional.ofNullable(source));
        }

        /**
         * The program, validated on its own (a catalogue's duplicate ids are checked by
         * {@link ProgramValidator#problems(java.util.List)}).
         *
         * @throws InvalidInputException listing every problem
         */
        public Program build() {
            Program program = buildUnchecked();
            ProgramValidator.requireValid(java.util.List.of(program));
            return program;
        }

        private static OptionalInt optional(Integer value) {
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }

        private static Integer boxed(OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }
    }
}
