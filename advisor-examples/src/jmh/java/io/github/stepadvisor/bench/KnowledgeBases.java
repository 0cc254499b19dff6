package io.github.stepadvisor.bench;

import io.github.stepadvisor.RuleSet;

import org.kie.api.KieBase;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The knowledge bases of a rule set, which the API keeps to itself: the benchmarks measure them
 * alone, without the sessions and the rest an advisor builds around them.
 */
final class KnowledgeBases {

    private KnowledgeBases() {
    }

    static KieBase advice(RuleSet rules) {
        return call(rules, "adviceBase");
    }

    static KieBase programs(RuleSet rules) {
        return call(rules, "programsBase");
    }

    private static KieBase call(RuleSet rules, String name) {
        try {
            Method method = RuleSet.class.getDeclaredMethod(name);
            method.setAccessible(true);
            return (KieBase) method.invoke(rules);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("RuleSet." + name + "() is not there any more", e);
        }
    }
}
