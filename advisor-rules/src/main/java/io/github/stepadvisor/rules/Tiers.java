package io.github.stepadvisor.rules;

import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The specialty-to-tier table of {@code tiers.properties}: a base tier per specialty (UNRATED when
 * not listed) and overrides for university settings.
 */
public final class Tiers {

    private static final String UNIVERSITY_SUFFIX = "@UNIVERSITY";

    private final Map<Specialty, Tier> base;
    private final Map<Specialty, Tier> university;

    private Tiers(Map<Specialty, Tier> base, Map<Specialty, Tier> university) {
        this.base = base;
        this.university = university;
    }

    /** The tier of {@code specialty}; {@code universitySetting} applies the university overrides. */
    public Tier of(Specialty specialty, boolean universitySetting) {
        if (universitySetting && university.containsKey(specialty)) {
            return university.get(specialty);
        }
        return base.getOrDefault(specialty, Tier.UNRATED);
    }

    static Tiers read(String file, String text, List<Problem> problems) {
        KeyValueFile parsed = KeyValueFile.parse(file, text);
        Map<Specialty, Tier> base = new EnumMap<>(Specialty.class);
        Map<Specialty, Tier> university = new EnumMap<>(Specialty.class);
        parsed.entries().forEach((name, entry) -> {
            boolean override = name.endsWith(UNIVERSITY_SUFFIX);
            String code = override ? name.substring(0, name.length() - UNIVERSITY_SUFFIX.length()) : name;
            Specialty specialty = parse(Specialty.class, code);
            Tier tier = parse(Tier.class, entry.value());
            if (specialty == null) {
                parsed.problem(entry.line(), name + ": unknown specialty (see profile-format.md)");
            }
            if (tier == null || tier == Tier.UNRATED) {
                parsed.problem(entry.line(), name + ": '" + entry.value() + "' is not ULTRA, MODERATE or LESS");
            }
            if (specialty != null && tier != null) {
                (override ? university : base).put(specialty, tier);
            }
        });
        problems.addAll(parsed.problems());
        return new Tiers(base, university);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
