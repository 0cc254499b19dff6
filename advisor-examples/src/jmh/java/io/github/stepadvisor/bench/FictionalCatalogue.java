package io.github.stepadvisor.bench;

import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.model.ProgramSetting;
import io.github.stepadvisor.model.Specialty;
import io.github.stepadvisor.model.UsState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * A fictional catalogue the size of a whole Match, made on the fly for the benchmarks (never
 * committed): {@value #MATCH_SIZE} programs by default, the same bytes on every run (fixed seed).
 * Every name is invented from made-up syllables and every row's {@code source} is
 * {@code fictional sample}. The rows spread over every specialty (weighted roughly as the Match
 * is), state and setting, with medians around each tier's band, IMG shares from none to most,
 * and some published cutoffs, Step 1 policies, graduation limits, USCE requirements and visa
 * policies, so that every factor rule of {@code programs/} applies to some programs.
 *
 * <p>{@code java -cp ... io.github.stepadvisor.bench.FictionalCatalogue OUT.csv [COUNT]} writes one.
 */
public final class FictionalCatalogue {

    public static final int MATCH_SIZE = 10_000;
    private static final long SEED = 20261124L;

    /** Relative weights, roughly the share of first-year positions in a Match. */
    private static final int[] WEIGHTS = weights();

    private static final String[] FIRST = {"Bram", "Cor", "Dun", "Elsk", "Fen", "Gald", "Hask", "Isl", "Jor", "Kel",
            "Lorn", "Mav", "Nor", "Orm", "Pell", "Quen", "Rav", "Sil", "Tarn", "Ulv", "Vess", "Wyr", "Yarr", "Zel"};
    private static final String[] SECOND = {"abrook", "adell", "afell", "amere", "anholt", "aridge", "avale", "ewick",
            "imoor", "ington", "ishaw", "ombe", "orrow", "ostead", "undle", "ythe"};
    private static final String[] HOSPITAL = {"Community Hospital", "Medical Center", "Regional Hospital",
            "General Hospital", "Health System", "Memorial Hospital"};
    private static final String[] UNIVERSITY = {"University Hospital", "University Medical Center",
            "College of Medicine"};

    private FictionalCatalogue() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : MATCH_SIZE;
        write(out, count);
        System.out.println(out + ": " + count + " fictional programs");
    }

    /** Writes {@code count} programs as CSV to {@code file} (created or replaced) and returns it. */
    public static Path write(Path file, int count) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, csv(count), StandardCharsets.UTF_8);
        return file;
    }

    /** The catalogue as CSV text, header included. */
    public static String csv(int count) {
        Random random = new Random(SEED);
        StringBuilder out = new StringBuilder(count * 130);
        out.append(String.join(",", CatalogueReader.COLUMNS)).append('\n');
        Set<String> names = new HashSet<>();
        for (int i = 1; i <= count; i++) {
            Specialty specialty = specialty(random);
            UsState state = UsState.values()[random.nextInt(UsState.values().length)];
            int s = random.nextInt(100);
            ProgramSetting setting = s < 45 ? ProgramSetting.COMMUNITY
                    : s < 75 ? ProgramSetting.UNIVERSITY_AFFILIATED : ProgramSetting.UNIVERSITY;
            String name = name(random, setting, specialty, names);
            out.append(String.format(java.util.Locale.ROOT, "FICT-%05d", i)).append(',').append(name).append(',').append(specialty).append(',')
                    .append(state).append(',').append(setting).append(',');
            // positions
            out.append(positions(random, specialty)).append(',');
            // imgShare: blank for some; community programs of the less competitive specialties take most IMGs
            out.append(random.nextInt(100) < 8 ? "" : String.valueOf(imgShare(random, specialty, setting))).append(',');
            // step2Median: blank for some; around the tier's band, higher at university programs
            int median = median(random, specialty, setting);
            out.append(random.nextInt(100) < 15 ? "" : String.valueOf(median)).append(',');
            // step2Minimum: published by a minority, some way under the median
            out.append(random.nextInt(100) < 30 ? String.valueOf(Math.max(200, median - 8 - random.nextInt(20))) : "")
                    .append(',');
            int p = random.nextInt(100);
            out.append(p < 35 ? "" : p < 50 ? "YES" : p < 80 ? "CASE_BY_CASE" : "NO").append(',');
            out.append(random.nextInt(100) < 40 ? String.valueOf(1 + random.nextInt(10)) : "").append(',');
            out.append(random.nextInt(100) < 35 ? String.valueOf(random.nextInt(7)) : "").append(',');
            int v = random.nextInt(100);
            out.append(v < 20 ? "" : v < 45 ? "NONE" : v < 75 ? "J1" : v < 80 ? "H1B" : "J1_H1B").append(',');
            out.append("fictional sample").append('\n');
        }
        return out.toString();
    }

    private static int[] weights() {
        int[] w = new int[Specialty.values().length];
        for (Specialty specialty : Specialty.values()) {
            w[specialty.ordinal()] = switch (specialty) {
                case INTERNAL_MEDICINE -> 250;
                case FAMILY_MEDICINE -> 120;
                case PEDIATRICS -> 80;
                case EMERGENCY_MEDICINE -> 75;
                case PSYCHIATRY -> 65;
                case GENERAL_SURGERY -> 45;
                case ANESTHESIOLOGY -> 55;
                case OBSTETRICS_AND_GYNECOLOGY -> 40;
                case NEUROLOGY, DIAGNOSTIC_RADIOLOGY -> 30;
                case PATHOLOGY, PHYSICAL_MEDICINE_AND_REHABILITATION -> 20;
                case ORTHOPAEDIC_SURGERY -> 25;
                case OTOLARYNGOLOGY, UROLOGY, OPHTHALMOLOGY, DERMATOLOGY -> 12;
                case NEUROLOGICAL_SURGERY, PLASTIC_SURGERY -> 8;
                case RADIATION_ONCOLOGY -> 6;
            };
        }
        return w;
    }

    private static Specialty specialty(Random random) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (Specialty specialty : Specialty.values()) {
            pick -= WEIGHTS[specialty.ordinal()];
            if (pick < 0) {
                return specialty;
            }
        }
        throw new AssertionError();
    }

    /** Competitiveness as the generator sees it (the rules' tiers are theirs to decide): 0 most, 2 least. */
    private static int competitiveness(Specialty specialty) {
        return switch (specialty) {
            case DERMATOLOGY, PLASTIC_SURGERY, ORTHOPAEDIC_SURGERY, OTOLARYNGOLOGY, RADIATION_ONCOLOGY,
                    NEUROLOGICAL_SURGERY, OPHTHALMOLOGY, UROLOGY -> 0;
            case EMERGENCY_MEDICINE, ANESTHESIOLOGY, NEUROLOGY, PHYSICAL_MEDICINE_AND_REHABILITATION,
                    DIAGNOSTIC_RADIOLOGY, GENERAL_SURGERY, OBSTETRICS_AND_GYNECOLOGY -> 1;
            default -> 2;
        };
    }

    private static int positions(Random random, Specialty specialty) {
        return switch (competitiveness(specialty)) {
            case 0 -> 1 + random.nextInt(6);
            case 1 -> 3 + random.nextInt(14);
            default -> specialty == Specialty.INTERNAL_MEDICINE ? 6 + random.nextInt(60) : 4 + random.nextInt(20);
        };
    }

    private static int imgShare(Random random, Specialty specialty, ProgramSetting setting) {
        int c = competitiveness(specialty);
        int high = switch (setting) {
            case COMMUNITY -> c == 2 ? 90 : c == 1 ? 50 : 15;
            case UNIVERSITY_AFFILIATED -> c == 2 ? 65 : c == 1 ? 35 : 10;
            case UNIVERSITY -> c == 2 ? 35 : c == 1 ? 20 : 6;
        };
        return random.nextInt(high + 1);
    }

    private static int median(Random random, Specialty specialty, ProgramSetting setting) {
        int base = switch (competitiveness(specialty)) {
            case 0 -> 252;
            case 1 -> 243;
            default -> 231;
        };
        int offset = switch (setting) {
            case COMMUNITY -> -4;
            case UNIVERSITY_AFFILIATED -> 0;
            case UNIVERSITY -> 6;
        };
        return Math.min(275, base + offset + (int) Math.round(random.nextGaussian() * 6));
    }

    /** "Dunavale Medical Center Pediatrics": made-up place names, never repeated in one catalogue. */
    private static String name(Random random, ProgramSetting setting, Specialty specialty, Set<String> used) {
        String[] kinds = setting == ProgramSetting.UNIVERSITY ? UNIVERSITY : HOSPITAL;
        String place = FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)];
        String name = place + " " + kinds[random.nextInt(kinds.length)] + " " + specialty.label();
        // A few hundred place names per kind of hospital repeat over thousands of rows: number the campus.
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
            unique = name + " (Campus " + n + ")";
        }
        return unique;
    }
}
