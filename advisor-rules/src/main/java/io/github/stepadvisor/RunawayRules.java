package io.github.stepadvisor;

import io.github.stepadvisor.rules.RuleMetadata;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Names the rule that made a session hit its firing limit. The limit is what stops the loop; this
 * runs only then, replaying the same facts with a counter, so ordinary advice pays nothing.
 *
 * <p>The most-fired rule is not always the culprit: a rule that loops by modifying a fact the
 * others match ({@code modify($s) { }}) makes each of them fire again too, as often as it does.
 * So the rule named is the one that changed the facts most (modified or retracted, then inserted),
 * and only among equals the one that fired most.
 */
final class RunawayRules {

    private RunawayRules() {
    }

    /**
     * Replays {@code facts} into {@code session} (a fresh one, disposed here), then fires it with a
     * firing counter and returns the error to throw, naming the most-fired rule with its
     * {@code @id} and file.
     */
    static RunawayRuleException diagnose(RuleSet rules, KieSession session, Consumer<KieSession> facts,
            int limit) {
        Map<Rule, Integer> counts = new HashMap<>();
        Map<Rule, Integer> changes = new HashMap<>();
        Map<Rule, Integer> inserts = new HashMap<>();
        try {
            // Counted from here: replaying an earlier step may fire rules that finished normally.
            facts.accept(session);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule(), 1, Integer::sum);
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    count(inserts, event.getRule());
                }

                @Override
                public void objectUpdated(ObjectUpdatedEvent event) {
                    count(changes, event.getRule());
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    count(changes, event.getRule());
                }
            });
            session.fireAllRules(limit);
        } finally {
            session.dispose();
        }
        Rule worst = counts.keySet().stream()
                .max(Comparator.<Rule>comparingInt(rule -> changes.getOrDefault(rule, 0))
                        .thenComparingInt(rule -> inserts.getOrDefault(rule, 0))
                        .thenComparingInt(counts::get)
                        .thenComparing(Rule::getName, Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalStateException("A session hit the firing limit without firing"));
        return new RunawayRuleException(worst.getName(), RuleMetadata.id(worst).orElse("(no @id)"),
                rules.fileOf(worst), counts.get(worst), limit);
    }

    private static void count(Map<Rule, Integer> counts, Rule rule) {
        // Facts the caller inserts have no rule.
        if (rule != null) {
            counts.merge(rule, 1, Integer::sum);
        }
    }
}
