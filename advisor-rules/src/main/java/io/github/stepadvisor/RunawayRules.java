package io.github.stepadvisor;

import io.github.stepadvisor.rules.RuleMetadata;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Names the rule that made a session hit its firing limit. The limit is what stops the loop; this
 * runs only then, replaying the same facts with a counter, so ordinary advice pays nothing.
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
        try {
            // Counted from here: replaying an earlier step may fire rules that finished normally.
            facts.accept(session);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule(), 1, Integer::sum);
                }
            });
            session.fireAllRules(limit);
        } finally {
            session.dispose();
        }
        Rule worst = counts.entrySet().stream()
                .max(Map.Entry.<Rule, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().getName(), java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("A session hit the firing limit without firing"));
        return new RunawayRuleException(worst.getName(), RuleMetadata.id(worst).orElse("(no @id)"),
                rules.fileOf(worst), counts.get(worst), limit);
    }
}
