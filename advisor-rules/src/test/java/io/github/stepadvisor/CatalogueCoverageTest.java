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

    private static final RuleSet RULES = RuleSet.builtIn();

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
    void theShippedCatalogueListsTheIdsOfTheSharedContracts() throws IOException {
        Optional<Path> shared = sharedContracts();
        assumeTrue(shared.isPresent(), "the shared contracts are not beside this checkout");
        Set<String> contract = new TreeSet<>();
        Pattern row = Pattern.compile("^\\| `([a-z0-9]+\\.[a-z0-9.-]+)`", Pattern.MULTILINE);
        for (String file : List.of("heuristics.md", "program-list.md")) {
            Matcher matcher = row.matcher(Files.readString(shared.get().resolve(file)));
            while (matcher.find()) {
                contract.add(matcher.group(1));
            }
        }
        assertThat(new TreeSet<>(catalogue())).isEqualTo(contract);
    }

    static Set<String> catalogue() {
        return Catalogue.ids();
    }

    /** The contracts folder `shared/` beside the repository, as on the developers' and CI's machines. */
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
