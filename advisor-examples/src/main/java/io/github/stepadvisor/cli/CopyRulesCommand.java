package io.github.stepadvisor.cli;

import io.github.stepadvisor.RuleSet;
import io.github.stepadvisor.RuleSet.CopyMode;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.model.InvalidInputException;

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
        try {
            copied = RuleSet.copyBuiltInTo(target, force ? CopyMode.REPLACE_BUILT_IN_FILES : CopyMode.NEW_FOLDER_ONLY);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> err.println(name + ": " + problem));
            if (!force && Files.isDirectory(target)) {
                err.println("Add --force to overwrite the built-in files in " + target + " and keep the others.");
            }
            return AdvisorCommand.INVALID;
        } catch (UncheckedIOException e) {
            err.println(name + ": " + target + ": cannot be written: " + describe(e.getCause()));
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
