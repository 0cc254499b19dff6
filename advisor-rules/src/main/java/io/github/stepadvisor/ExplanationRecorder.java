package io.github.stepadvisor;

import io.github.stepadvisor.model.Applicant;
import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.model.PracticeTest;
import io.github.stepadvisor.model.Recommendation;
import io.github.stepadvisor.rules.Say;
import io.github.stepadvisor.rules.Facts;
import io.github.stepadvisor.rules.Thresholds;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Watches one session when advice is asked to explain itself: for each recommendation a rule
 * inserts, it keeps the rule, its file, what the rule's match bound and the applicant's value of
 * each topic-fact property the rule's conditions read ({@link ConditionTerms}). Attached only on
 * request, so ordinary advice pays nothing for it.
 */
final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final RuleSet rules;
    private final List<Object> facts;
    private final Map<Recommendation, Explanation> explanations = new HashMap<>();
    private Match firing;

    /** For a session of {@code rules}' advice given {@code facts}: where a fact read under "not" is found. */
    ExplanationRecorder(RuleSet rules, List<Object> facts) {
        this.rules = rules;
        this.facts = facts;
    }

    /** {@code recommendation} with the explanation of the firing that inserted it, when known. */
    Recommendation explain(Recommendation recommendation) {
        Explanation explanation = explanations.get(recommendation);
        return explanation == null ? recommendation : recommendation.explainedBy(explanation);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (firing != null && event.getObject() instanceof Recommendation recommendation) {
            explanations.put(recommendation, new Explanation(firing.getRule().getName(),
                    rules.fileOf(firing.getRule()), matched(firing)));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are immutable here; nothing to record.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A retracted recommendation is no longer in the advice; its entry is simply unused.
    }

    /** The match's bound values, by name, then the properties the rule's conditions read, in the rule's order. */
    private List<Explanation.Matched> matched(Match match) {
        List<Explanation.Matched> lines = new ArrayList<>();
        // By name: the engine's order differs between rules compiled at build time and at run time.
        // The build-time compiler also declares the patterns a rule leaves unbound, as GENERATED_...
        for (String name : match.getDeclarationIds().stream().filter(n -> !n.startsWith("GENERATED_")).sorted().toList()) {
            Object value = match.getDeclarationValue(name);
            if (!isBackground(value)) {
                lines.add(new Explanation.Matched(name, render(value)));
            }
        }
        for (ConditionTerms.Term term : rules.termsOf(match.getRule())) {
            factOf(term.type(), match).ifPresent(fact ->
                    lines.add(new Explanation.Matched(term.name(), render(valueOf(fact, term.property())))));
        }
        return lines;
    }

    /** The fact of {@code type} the match holds; else the session's one, for a pattern under "not". */
    private Optional<Object> factOf(Class<?> type, Match match) {
        for (Object fact : match.getObjects()) {
            if (type.isInstance(fact)) {
                return Optional.of(fact);
            }
        }
        return facts.stream().filter(type::isInstance).findFirst();
    }

    /**
     * The facts whose relevant values are shown property by property (the topic facts, one of
     * each per session) or through what a rule binds from them (the thresholds), not as a whole.
     */
    static boolean isBackground(Object value) {
        return value instanceof Applicant || value instanceof Thresholds
                || value != null && Facts.TOPICS.contains(value.getClass());
    }

    /** A JavaBean property's value, read the way Drools reads it: {@code getX()}, else {@code isX()}. */
    private static Object valueOf(Object fact, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : List.of("get", "is")) {
            try {
                return fact.getClass().getMethod(prefix + suffix).invoke(fact);
            } catch (NoSuchMethodException e) {
                // try the next form
            } catch (ReflectiveOperationException e) {
                return "(unreadable: " + e.getClass().getSimpleName() + ")";
            }
        }
        return "(unreadable)";
    }

    private static String render(Object value) {
        if (value instanceof PracticeTest test) {
            return test.form() + " " + test.score() + " on " + test.date()
                    + test.passingScore().stream().mapToObj(p -> " (passing " + p + ")").findFirst().orElse("");
        }
        if (value instanceof Recommendation recommendation) {
            return "recommendation " + recommendation.key();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(ExplanationRecorder::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Double d) {
            return Say.num(d);
        }
        return String.valueOf(value);
    }
}
