import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.AdviceJson;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.ProfileJson;
import io.github.stepadvisor.format.ProgramListJson;
import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Program;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A user's program with only advisor-rules and what it brings (ConsumerIT compiles and runs it so):
 * reads a profile and a catalogue, advises, and writes the advice and the program list as JSON.
 * Arguments: PROFILE CATALOGUE ADVICE-OUT PROGRAMS-OUT.
 */
public class Consumer {
    public static void main(String[] args) throws Exception {
        Applicant applicant;
        List<Program> programs;
        try {
            applicant = ProfileJson.read(Files.readAllBytes(Path.of(args[0])));
            programs = CatalogueReader.read(Path.of(args[1]));
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> System.err.println(problem));
            System.exit(2);
            return;
        }
        StepAdvisor advisor = StepAdvisor.builtIn();
        Files.writeString(Path.of(args[2]), AdviceJson.write(advisor.advise(applicant)));
        Files.writeString(Path.of(args[3]), ProgramListJson.write(advisor.programs(applicant, programs)));
    }
}
