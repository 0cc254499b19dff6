package io.github.stepadvisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The ids of the published catalogue (heuristics.md and program-list.md), shipped as
 * {@code catalogue.txt}. Ids are public API; a rule set may add others, and validation shows them.
 */
public final class Catalogue {

    private static final Set<String> IDS = load();

    private Catalogue() {
    }

    /** Every catalogue id, in the catalogue's order. */
    public static Set<String> ids() {
        return IDS;
    }

    public static boolean contains(String id) {
        return IDS.contains(id);
    }

    private static Set<String> load() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/io/github/stepadvisor/catalogue.txt")) {
            if (in == null) {
                throw new IllegalStateException("catalogue.txt is missing from the class path");
            }
            Set<String> ids = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            return Collections.unmodifiableSet(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
