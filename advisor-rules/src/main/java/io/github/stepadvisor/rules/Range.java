package io.github.stepadvisor.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a threshold may take, declared on its component of {@link Thresholds} so that a
 * threshold and its range are written in one place. The loader refuses a value outside it, naming
 * the file and line: an edited {@code thresholds.properties} with a margin of 2147483647 or a
 * readiness window of -3 would otherwise give absurd advice or none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {

    /** The least whole number allowed (ignored for a month and day). */
    int min() default Integer.MIN_VALUE;

    /** The greatest whole number allowed (ignored for a month and day). */
    int max() default Integer.MAX_VALUE;

    /**
     * Another threshold of the same type this one may not exceed (a lower bound and its upper
     * bound, a date and a later deadline); empty for none.
     */
    String notAbove() default "";

    /** What the value counts, for the message: "points", "weeks"... */
    String unit() default "";
}
