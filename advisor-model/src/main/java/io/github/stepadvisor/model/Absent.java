package io.github.stepadvisor.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** How the records read a null they were given: as absent, so no null escapes the model. */
final class Absent {

    private Absent() {
    }

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static OptionalInt orEmpty(OptionalInt value) {
        return value == null ? OptionalInt.empty() : value;
    }

    /** An unmodifiable copy; null reads as empty. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
