package io.github.stepadvisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The built-in rules implement exactly the catalogue, and every rule says where it comes from. */
class CatalogueCoverageTest {

    private static final List<String> CONTRACTS = List.of("heuristics.md", "program-list.md");

    private static final RuleSet RULES = RuleSetLoader.builtIn();

    @Test
    void everyCatalogueIdIsTheIdOfABuiltInRule() {
        Set<String> implemented = new TreeSet<>();
        RULES.rules().forEach(rule -> rule.id().ifPresent(implemented::add));
        assertThat(implemented).containsAll(catalogue());
    }

    @Test
    void everyBuiltInRuleCarriesACatalogueIdAndASource() throws IOException {
        Set<String> catalogue = catalogue();
        assertThat(RULES.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.id()).as("@id of rule \"%s\"", rule.name()).isPresent();
            assertThat(catalogue).as("catalogue ids").contains(rule.id().get());
            assertThat(rule.source()).as("@source of rule \"%s\"", rule.name()).isPresent();
        });
    }

    @Test
    void theShippedCatalogueListsTheIdsOfTheContracts() throws IOException {
        Path docs = repositoryDocs();
        Set<String> contract = new TreeSet<>();
        Pattern row = Pattern.compile("^\\| `([a-z0-9]+\\.[a-z0-9.-]+)`", Pattern.MULTILINE);
        for (String file : CONTRACTS) {
            Matcher matcher = row.matcher(Files.readString(docs.resolve(file)));
            while (matcher.find()) {
                contract.add(matcher.group(1));
            }
        }
        assertThat(new TreeSet<>(catalogue())).isEqualTo(contract);
    }

    @Test
    void theRepositorysCopiesOfTheContractsAreTheSharedOnes() throws IOException {
        Optional<Path> shared = sharedContracts();
        assumeTrue(shared.isPresent(), "the shared contracts are not beside this checkout");
        for (String file : java.util.stream.Stream.concat(CONTRACTS.stream(), java.util.stream.Stream.of("profile-format.md")).toList()) {
            String copy = Files.readString(repositoryDocs().resolve(file));
            // The copy opens with one comment line saying where it comes from.
            assertThat(copy.substring(copy.indexOf('\n') + 1)).as(file)
                    .isEqualTo(Files.readString(shared.get().resolve(file)));
        }
    }

    static Set<String> catalogue() {
        return Catalogue.ids();
    }

    /** The repository's {@code docs/}, which keeps a copy of the contracts for its users. */
    private static Path repositoryDocs() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs").resolve("heuristics.md"))) {
                return dir.resolve("docs");
            }
        }
        throw new IllegalStateException("docs/heuristics.md not found above " + Path.of("").toAbsolutePath());
    }

    /** The contracts folder `shared/` beside the repository, as on the developers' machines. */
    private static Optional<Path> sharedContracts() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("heuristics.md");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.getParent());
            }
        }
        return Optional.empty();
    }
}
