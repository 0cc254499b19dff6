package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.format.Json;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code advisor copy-rules DIR}: the built-in rule set, copied into a folder for an advisor to
 * edit and then use with {@code --rules DIR}. A folder that already holds files is left alone
 * unless {@code --force}, so an edited copy is never overwritten by accident.
 */
@Command(name = "copy-rules",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 88,
        description = {
                "Copies the built-in rules (advice/*.drl, programs/*.drl, thresholds.properties, tiers.properties) "
                        + "into DIR, to edit and then use with --rules DIR.",
                ""},
        footer = {
                "",
                "Example:",
                "  java -jar advisor.jar copy-rules my-rules",
                "",
                "Exit status: 0 copied; 2 DIR is not empty (without --force), is a file, or cannot be written."})
final class CopyRulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder to copy into; created when missing")
    Path target;

    @Option(names = "--force",
            description = "copy into a folder that is not empty: the built-in files overwrite theirs, other files stay")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> copied;
        String name = spec.qualifiedName();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            err.println(name + ": " + target + ": is a file, not a folder");
            return AdvisorCommand.INVALID;
        }
        try {
            if (!force && Files.isDirectory(target) && !isEmpty(target)) {
                err.println(name + ": " + target + ": is not empty; choose a new folder, or add --force to overwrite"
                        + " the built-in files in it");
                return AdvisorCommand.INVALID;
            }
            Files.createDirectories(target);
            copied = RuleSet.copyBuiltInTo(target);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            err.println(name + ": " + target + ": cannot be written: " + describe(cause));
            return AdvisorCommand.INVALID;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Copied the built-in rules to " + target + ":");
        for (String file : copied) {
            out.println("  " + file);
        }
        out.println("Edit them, check them with 'validate " + target + "', and advise with '--rules " + target + "'.");
        out.flush();
        return AdvisorCommand.OK;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return Json.oneLine(fs.getReason() == null ? fs.getFile() : fs.getFile() + ": " + fs.getReason());
        }
        return Json.oneLine(e.getMessage());
    }
}
