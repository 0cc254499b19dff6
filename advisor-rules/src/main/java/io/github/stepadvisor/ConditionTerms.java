package io.github.stepadvisor;

import org.drools.base.RuleBase;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.PropertySpecificUtil;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.util.bitmask.BitMask;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.PropertyReactive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The properties of the topic facts that a rule's conditions read, taken from the rule as Drools
 * compiled it, not from its text: each constraint of a pattern knows the properties it listens to
 * (the facts are {@link PropertyReactive} for this). So {@code Step1( !passed, windowSize >= 2 )}
 * reads {@code Step1.passed} and {@code Step1.windowSize}, however the condition is written, and the
 * same for rules compiled at build time or from an advisor's folder. Used to explain advice only.
 */
final class ConditionTerms {

    /** A property of a pattern's fact type that a constraint reads. */
    record Term(Class<?> type, String property) {

        /** {@code Step1.windowSize}: the type as the DRL names it, then the property. */
        String name() {
            return type.getSimpleName() + "." + property;
        }
    }

    private ConditionTerms() {
    }

    /**
     * The terms {@code rule}'s conditions read, in the order its patterns and their constraints
     * are written; a property a pattern binds ({@code $w : dedicatedWeeks}) is left to its binding,
     * which the match shows with its name.
     */
    static List<Term> of(KieBase base, Rule rule) {
        Set<Term> terms = new LinkedHashSet<>();
        if (rule instanceof RuleImpl impl && base instanceof RuleBase ruleBase) {
            collect(ruleBase, impl.getLhs(), terms);
        }
        return List.copyOf(terms);
    }

    private static void collect(RuleBase base, RuleConditionElement element, Set<Term> terms) {
        if (element instanceof Pattern pattern) {
            collectPattern(base, pattern, terms);
        } else if (element instanceof GroupElement group) {
            // Under "not" or "exists" too: a topic fact is one per session, so the value that made
            // "not ( StepProfile( low ) and ... )" hold can be shown.
            for (RuleConditionElement child : group.getChildren()) {
                collect(base, child, terms);
            }
        }
    }

    private static void collectPattern(RuleBase base, Pattern pattern, Set<Term> terms) {
        if (!(pattern.getObjectType() instanceof ClassObjectType objectType)) {
            return;
        }
        Class<?> type = objectType.getClassType();
        if (!type.isAnnotationPresent(PropertyReactive.class)) {
            return;
        }
        List<String> properties = PropertySpecificUtil.getAccessibleProperties(base, type);
        Set<String> bound = new LinkedHashSet<>(pattern.getListenedProperties());
        for (Constraint constraint : pattern.getConstraints()) {
            BitMask mask;
            try {
                mask = constraint.getListenedPropertyMask(Optional.of(pattern), pattern.getObjectType(), properties);
            } catch (RuntimeException e) {
                // The DRL compiler's analyser gives up on some expressions; the explanation then
                // shows what the rule bound, and advice is not affected.
                continue;
            }
            if (PropertySpecificUtil.isAllSetPropertyReactiveMask(mask)) {
                continue; // a constraint Drools could not analyse: it names no property
            }
            List<String> read = readBy(mask, properties);
            if (read.size() == properties.size()) {
                continue; // every property: an expression the DRL compiler could not analyse
            }
            for (String property : read) {
                if (!bound.contains(property)) {
                    terms.add(new Term(type, property));
                }
            }
        }
    }

    private static List<String> readBy(BitMask mask, List<String> properties) {
        List<String> read = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            if (PropertySpecificUtil.isPropertySetOnMask(mask, i)) {
                read.add(properties.get(i));
            }
        }
        return read;
    }
}
