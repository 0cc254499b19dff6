package io.github.stepadvisor;

import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.Tier;
import io.github.stepadvisor.rules.Tiers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code tiers.properties} into {@link Tiers}: {@code SPECIALTY = TIER} a line, and
 * {@code SPECIALTY@UNIVERSITY = TIER} for a university-setting override.
 */
final class TiersFile {

    private static final String UNIVERSITY_SUFFIX = "@UNIVERSITY";

    private TiersFile() {
    }

    /** The tiers read from {@code text}; the file's problems are added to {@code problems}. */
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
