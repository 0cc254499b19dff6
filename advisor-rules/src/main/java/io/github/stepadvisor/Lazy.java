package io.github.stepadvisor;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed once, on first use, by whichever thread asks first. */
final class Lazy<T> {
    private Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(supplier.get());
                    value = result;
                    supplier = null;
                }
            }
        }
        return result;
    }
}
