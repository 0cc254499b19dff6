package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;

import java.util.EnumMap;
import java.util.Map;

/**
 * The specialty-to-tier table of {@code tiers.properties}: a base tier per specialty (UNRATED when
 * not listed) and overrides for university settings.
 */
public final class Tiers {

    private final Map<Specialty, Tier> base;
    private final Map<Specialty, Tier> university;

    /** The table: {@code base} tiers, and the {@code university} overrides. Both are copied. */
    public Tiers(Map<Specialty, Tier> base, Map<Specialty, Tier> university) {
        this.base = copy(base);
        this.university = copy(university);
    }

    private static Map<Specialty, Tier> copy(Map<Specialty, Tier> tiers) {
        Map<Specialty, Tier> copy = new EnumMap<>(Specialty.class);
        copy.putAll(tiers);
        return copy;
    }

    /** The tier of {@code specialty}; {@code universitySetting} applies the university overrides. */
    Tier of(Specialty specialty, boolean universitySetting) {
        if (universitySetting && university.containsKey(specialty)) {
            return university.get(specialty);
        }
        return base.getOrDefault(specialty, Tier.UNRATED);
    }
}
