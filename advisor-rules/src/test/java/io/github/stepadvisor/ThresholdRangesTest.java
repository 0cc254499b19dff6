package io.github.stepadvisor;

import io.github.stepadvisor.rules.Range;
import io.github.stepadvisor.rules.Thresholds;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every threshold declares the values it may take, so a new one cannot be added without a range. */
class ThresholdRangesTest {

    @Test
    void everyWholeNumberThresholdHasARangeAndEveryUpperBoundIsAThresholdOfItsType() {
        Map<String, RecordComponent> byName = Arrays.stream(Thresholds.class.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
        for (RecordComponent component : byName.values()) {
            Range range = component.getAnnotation(Range.class);
            if (component.getType() == int.class) {
                assertThat(range).as(component.getName() + " has no @Range").isNotNull();
                assertThat(range.min()).as(component.getName()).isLessThanOrEqualTo(range.max());
                assertThat(range.max()).as(component.getName() + ": a range that allows anything").isLessThan(Integer.MAX_VALUE);
                assertThat(range.unit()).as(component.getName() + " says what it counts").isNotEmpty();
            } else {
                assertThat(component.getType()).isEqualTo(MonthDay.class);
            }
            if (range != null && !range.notAbove().isEmpty()) {
                assertThat(byName).as(component.getName()).containsKey(range.notAbove());
                assertThat(byName.get(range.notAbove()).getType()).isEqualTo(component.getType());
            }
        }
    }
}
