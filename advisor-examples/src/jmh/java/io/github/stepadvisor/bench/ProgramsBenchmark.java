package io.github.stepadvisor.bench;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.model.ProgramList;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The program list on a warm advisor, for one applicant at a time, over a fictional catalogue the
 * size of a whole Match ({@link FictionalCatalogue}, 10,000 programs): {@code programs} is
 * {@code StepAdvisor.builtIn().programs(applicant, catalogue, asOf)}, validation included;
 * {@code readCatalogue} is reading the same catalogue from its CSV file. Sampled, so the results
 * carry the median (p50) of single calls.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ProgramsBenchmark {

    /** The catalogue, in memory and as a CSV file. */
    @State(Scope.Benchmark)
    public static class Catalogue {
        Path folder;
        Path file;
        List<Program> programs;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            folder = Files.createTempDirectory("catalogue");
            file = FictionalCatalogue.write(folder.resolve("fictional-10k.csv"), FictionalCatalogue.MATCH_SIZE);
            programs = CatalogueReader.read(file);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            AdviseBenchmark.delete(folder);
        }
    }

    /** One applicant of {@link ProgramProfiles#NAMES}. */
    @State(Scope.Benchmark)
    public static class Profile {
        @Param({"all-specialties", "foreign-estimate", "redeemed-in-season", "step1-dedicated-below-margin",
                "ultra-competitive"})
        public String profile;

        StepAdvisor advisor;
        Applicant applicant;
        LocalDate asOf;

        @Setup(Level.Trial)
        public void setUp() {
            advisor = StepAdvisor.builtIn();
            applicant = ProgramProfiles.named(profile);
            asOf = applicant.asOf().orElse(LocalDate.parse(BenchProfiles.AS_OF));
        }
    }

    @Benchmark
    public ProgramList programs(Profile profile, Catalogue catalogue) {
        return profile.advisor.programs(profile.applicant, catalogue.programs, profile.asOf);
    }

    @Benchmark
    public List<Program> readCatalogue(Catalogue catalogue) {
        return CatalogueReader.read(catalogue.file);
    }
}
