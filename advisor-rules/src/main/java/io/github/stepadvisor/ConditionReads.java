package io.github.stepadvisor;

import io.github.stepadvisor.model.Explanation;
import io.github.stepadvisor.rules.Situation;

import org.kie.api.runtime.rule.Match;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of {@link Situation} a rule's conditions read, found in the text of its {@code when}
 * part, and their values for one applicant: what an explanation shows beside the rule's bindings.
 * Used on the explain path only, so reflection is fine here.
 *
 * <p>This is not a DRL parser: identifiers are matched by name against Situation's terms. A bare
 * identifier counts inside a {@code Situation( ... )} pattern (one after a dot does not, so
 * {@code this.step2Score} is not shown: the built-in rules never write it); elsewhere a term
 * counts only as a member of a variable bound to the Situation ({@code $s.hasSetting(...)},
 * {@code $s.getStep2Score()}).
 * Comments and string literals are blanked before the text gets here ({@link #blank}), so a term
 * named only in a comment or a string is not shown.
 */
final class ConditionReads {

    private static final Pattern IDENTIFIER = Pattern.compile("[$A-Za-z_][\\w$]*");
    private static final Pattern SITUATION_PATTERN = Pattern.compile("\\bSituation\\s*\\(");
    private static final Pattern SITUATION_VARIABLE = Pattern.compile("(\\$[\\w$]*)\\s*:\\s*Situation\\s*\\(");
    private static final Pattern BOUND_BY = Pattern.compile("(\\$[\\w$]*)\\s*:\\s*$");
    private static final Pattern VARIABLE = Pattern.compile("\\$[\\w$]*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern CONSTANT = Pattern.compile("([A-Za-z_][\\w.]*)\\.([A-Za-z_]\\w*)");

    private final List<Read> reads;

    private ConditionReads(List<Read> reads) {
        this.reads = reads;
    }

    /**
     * The values {@code term}, {@code value} for this applicant, in the order the terms first appear in
     * the rule. A term the match shows already, bound as {@code $w : dedicatedWeeks} or
     * {@code $m : thresholds.step1SafetyMargin}, is left to its binding's line.
     */
    List<Explanation.Matched> lines(Situation situation, Match match, Function<Object, String> render) {
        List<Explanation.Matched> lines = new ArrayList<>();
        for (Read read : reads) {
            read.line(situation, match, render).ifPresent(lines::add);
        }
        return lines;
    }

    /** The terms read by {@code conditions}, the text of a rule's {@code when} part with comments and strings blanked. */
    static ConditionReads of(String conditions) {
        Set<String> situationVariables = new LinkedHashSet<>();
        Matcher variable = SITUATION_VARIABLE.matcher(conditions);
        while (variable.find()) {
            situationVariables.add(variable.group(1));
        }
        List<int[]> patterns = situationPatterns(conditions);
        Map<String, Read> found = new LinkedHashMap<>();
        Matcher id = IDENTIFIER.matcher(conditions);
        int from = 0;
        while (from < conditions.length() && id.find(from)) {
            from = id.end();
            String name = id.group();
            int start = id.start();
            int end = id.end();
            if (name.startsWith("$")) {
                int dot = skipSpaces(conditions, end);
                if (!situationVariables.contains(name) || dot >= conditions.length() || conditions.charAt(dot) != '.') {
                    continue;
                }
                Matcher member = IDENTIFIER.matcher(conditions);
                if (!member.find(skipSpaces(conditions, dot + 1)) || member.start() != skipSpaces(conditions, dot + 1)) {
                    continue;
                }
                name = member.group();
                end = member.end();
                from = end;
            } else if (charBefore(conditions, start) == '.' || !inside(patterns, start)) {
                continue;
            }
            Read read = Read.at(conditions, name, start, end);
            if (read != null) {
                Read earlier = found.putIfAbsent(read.shown, read);
                if (earlier != null) {
                    earlier.boundTo.addAll(read.boundTo);
                }
            }
        }
        return new ConditionReads(List.copyOf(found.values()));
    }

    /** Where each {@code Situation( ... )} pattern of {@code text} starts and ends. */
    private static List<int[]> situationPatterns(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher pattern = SITUATION_PATTERN.matcher(text);
        while (pattern.find()) {
            int open = pattern.end() - 1;
            spans.add(new int[] {open, closing(text, open)});
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int at) {
        return spans.stream().anyMatch(s -> at > s[0] && at < s[1]);
    }

    /** The index of the parenthesis closing the one at {@code open}, or the text's end. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static char charBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 ? ' ' : text.charAt(i);
    }

    /**
     * {@code text} with its comments and string literals replaced by spaces (line breaks kept),
     * so that keywords and identifiers found in it are DRL, at the same offsets as in {@code text}.
     */
    static String blank(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '/' && text.startsWith("//", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
            } else if (c == '/' && text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** Situation's terms by the names DRL reads them by, found once. */
    private static final class Terms {
        /** {@code step2Score} and its getter's own name {@code getStep2Score} to the getter. */
        static final Map<String, Method> GETTERS;
        /** The terms that take arguments ({@code step1DateWithinWeeks}), by name. */
        static final Map<String, List<Method>> CALLS;

        static {
            Map<String, Method> getters = new HashMap<>();
            Map<String, List<Method>> calls = new HashMap<>();
            for (Method method : Situation.class.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() != Situation.class
                        || method.getReturnType() == void.class) {
                    continue;
                }
                String property = property(method);
                if (method.getParameterCount() == 0 && property != null) {
                    getters.put(property, method);
                    getters.put(method.getName(), method);
                } else if (method.getParameterCount() > 0) {
                    calls.computeIfAbsent(method.getName(), n -> new ArrayList<>()).add(method);
                }
            }
            GETTERS = Map.copyOf(getters);
            CALLS = Map.copyOf(calls);
        }

        /** The property a bean getter reads ({@code isUscImg} reads {@code uscImg}), or null. */
        private static String property(Method method) {
            String name = method.getName();
            int prefix = name.startsWith("get") ? 3
                    : name.startsWith("is") && (method.getReturnType() == boolean.class) ? 2 : 0;
            if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
                return null;
            }
            return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
        }
    }

    /** A value an argument of a term stands for: a bound variable's, or a literal's. */
    private interface Argument {
        /** The value for {@code type}, empty when the match does not know it. */
        Optional<Object> value(Match match, Class<?> type);
    }

    /** One term as the conditions read it, shown as {@code shown}. */
    private static final class Read {
        final String shown;
        final Method getter;
        /** A record's component read through the term ({@code thresholds.step1SafetyMargin}), or null. */
        final Method member;
        final List<Argument> arguments;
        /** The variables the rule binds this read to ({@code $m} of {@code $m : thresholds.step1SafetyMargin}). */
        final Set<String> boundTo = new LinkedHashSet<>();

        private Read(String shown, Method getter, Method member, List<Argument> arguments) {
            this.shown = shown;
            this.getter = getter;
            this.member = member;
            this.arguments = arguments;
        }

        /**
         * The term named {@code name} ending at {@code end} of {@code text}, its expression
         * starting at {@code start} ({@code $s} of {@code $s.getStep2Score()}), or null when it is
         * no term this class shows.
         */
        static Read at(String text, String name, int start, int end) {
            int next = skipSpaces(text, end);
            char after = next < text.length() ? text.charAt(next) : ' ';
            Read read;
            if (after == '(' && Terms.CALLS.containsKey(name)) {
                read = call(text, name, next);
            } else if (Terms.GETTERS.containsKey(name)) {
                read = property(text, name, after == '.' ? next : -1);
            } else {
                return null;
            }
            if (read != null) {
                Matcher bound = BOUND_BY.matcher(text.substring(0, start));
                if (bound.find()) {
                    read.boundTo.add(bound.group(1));
                }
            }
            return read;
        }

        /**
         * A no-argument term; when the term is a record (thresholds, applicant) and the text reads
         * one of its components ({@code thresholds.step1SafetyMargin}), that component.
         */
        private static Read property(String text, String name, int dot) {
            Method getter = Terms.GETTERS.get(name);
            String term = Terms.property(getter);
            if (dot < 0 || !getter.getReturnType().isRecord()) {
                return new Read(term, getter, null, List.of());
            }
            Matcher member = IDENTIFIER.matcher(text);
            int at = skipSpaces(text, dot + 1);
            if (!member.find(at) || member.start() != at) {
                return null;
            }
            Method component = noArgument(getter.getReturnType(), member.group());
            if (component == null) {
                return null;
            }
            int next = skipSpaces(text, member.end());
            boolean called = text.startsWith("(", next) && text.substring(next + 1, closing(text, next)).isBlank();
            return new Read(term + "." + member.group() + (called ? "()" : ""), getter, component, List.of());
        }

        private static Method noArgument(Class<?> type, String name) {
            String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : List.of(name, "get" + capital, "is" + capital)) {
                try {
                    return type.getMethod(candidate);
                } catch (NoSuchMethodException e) {
                    // try the next way of naming it
                }
            }
            return null;
        }

        /**
         * A term with arguments, shown as its call text ({@code step1DateWithinWeeks($w)}) when
         * every argument is simple: a variable the match binds, an integer, or an enum constant
         * ({@code ProgramSetting.UNIVERSITY}). Any other argument (an expression, another term, a
         * string) would need a DRL evaluator, so such a call is not shown.
         */
        private static Read call(String text, String name, int open) {
            int close = closing(text, open);
            if (close >= text.length()) {
                return null;
            }
            String inside = text.substring(open + 1, close).strip();
            List<String> written = inside.isEmpty() ? List.of()
                    : Arrays.stream(inside.split(",")).map(String::strip).toList();
            for (Method method : Terms.CALLS.get(name)) {
                if (method.getParameterCount() != written.size()) {
                    continue;
                }
                List<Argument> arguments = new ArrayList<>();
                for (int i = 0; i < written.size(); i++) {
                    Argument argument = argument(written.get(i), method.getParameterTypes()[i]);
                    if (argument == null) {
                        break;
                    }
                    arguments.add(argument);
                }
                if (arguments.size() == written.size()) {
                    return new Read(name + "(" + String.join(", ", written) + ")", method, null, arguments);
                }
            }
            return null;
        }

        private static Argument argument(String written, Class<?> type) {
            if (VARIABLE.matcher(written).matches()) {
                return (match, t) -> match.getDeclarationIds().contains(written)
                        ? convert(match.getDeclarationValue(written), t) : Optional.empty();
            }
            if (INTEGER.matcher(written).matches()) {
                Optional<Object> value = convert(Long.parseLong(written), type);
                return value.isEmpty() ? null : (match, t) -> value;
            }
            Matcher constant = CONSTANT.matcher(written);
            if (type.isEnum() && constant.matches() && (constant.group(1).equals(type.getSimpleName())
                    || constant.group(1).equals(type.getName()))) {
                for (Object value : type.getEnumConstants()) {
                    if (((Enum<?>) value).name().equals(constant.group(2))) {
                        return (match, t) -> Optional.of(value);
                    }
                }
            }
            return null;
        }

        /** {@code value} as a {@code type} parameter takes it: numbers widened or narrowed as DRL coerces them. */
        private static Optional<Object> convert(Object value, Class<?> type) {
            if (value instanceof Number n && !type.isInstance(value)) {
                if (type == int.class || type == Integer.class) {
                    return Optional.of(n.intValue());
                }
                if (type == long.class || type == Long.class) {
                    return Optional.of(n.longValue());
                }
                if (type == double.class || type == Double.class) {
                    return Optional.of(n.doubleValue());
                }
                return Optional.empty();
            }
            return value == null || type.isPrimitive() || type.isInstance(value) ? Optional.ofNullable(value) : Optional.empty();
        }

        Optional<Explanation.Matched> line(Situation situation, Match match, Function<Object, String> render) {
            if (!Collections.disjoint(boundTo, match.getDeclarationIds())) {
                return Optional.empty();
            }
            Object[] values = new Object[arguments.size()];
            for (int i = 0; i < values.length; i++) {
                Optional<Object> value = arguments.get(i).value(match, getter.getParameterTypes()[i]);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                values[i] = value.get();
            }
            try {
                Object value = getter.invoke(situation, values);
                if (member != null) {
                    value = member.invoke(value);
                }
                // The whole applicant or thresholds say nothing a line could; their components do.
                if (ExplanationRecorder.isBackground(value)) {
                    return Optional.empty();
                }
                return Optional.of(new Explanation.Matched(shown, render.apply(value)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                // A term that cannot be read here was not what the rule's match turned on.
                return Optional.empty();
            }
        }
    }
}
