package io.github.stepadvisor.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How advice is written: for a person ({@link AdviceText}) or for a program (AdviceJson). */
enum OutputFormat {
    TEXT,
    JSON;

    /** Users type the lower-case name ({@code --format json}); the message lists what they may type. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("expected " + names() + ", found '" + value + "'");
        }
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
    }
}
