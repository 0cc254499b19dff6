package io.github.stepadvisor.web;

import io.github.stepadvisor.Catalogue;
import io.github.stepadvisor.RuleInfo;
import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.model.Category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every advice id the server's rules can give, with a title, its category and the guide section
 * it comes from: what a client needs to show an id it has not met yet. The title is the rule's
 * name (a recommendation's own title is written for the applicant when it fires); for an id
 * several rules share, the first rule's. Ids come in the published catalogue's order, then any
 * an advisor's rules added.
 */
final class AdviceCatalogue {

    /** One id of the catalogue. */
    record Entry(String id, String title, Optional<Category> category, Optional<String> source) {
    }

    private AdviceCatalogue() {
    }

    static List<Entry> of(RuleSet rules) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (RuleInfo rule : rules.rules()) {
            rule.id().ifPresent(id -> byId.putIfAbsent(id,
                    new Entry(id, rule.name(), Category.ofId(id), rule.source())));
        }
        List<String> order = new ArrayList<>(Catalogue.ids());
        List<Entry> entries = new ArrayList<>(byId.values());
        entries.sort(Comparator.comparingInt(entry -> {
            int index = order.indexOf(entry.id());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        return List.copyOf(entries);
    }
}
