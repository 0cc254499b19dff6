package io.github.stepadvisor.cli;

import io.github.stepadvisor.StepAdvisor;
import io.github.stepadvisor.format.CatalogueReader;
import io.github.stepadvisor.format.Json;
import io.github.stepadvisor.model.InvalidInputException;
import io.github.stepadvisor.model.Problem;
import io.github.stepadvisor.model.Program;
import io.github.stepadvisor.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code advisor serve [--port N] [--host H] [--rules DIR] [--catalogue FILE]}: the advisor as an
 * HTTP service with its page, until Ctrl-C or SIGTERM. The rules and the catalogue are loaded
 * before the server listens, so a mistake in them stops it at once with the problems listed.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 88,
        description = {"Serves the advisor over HTTP: the page at / and the JSON API under /api "
                + "(/api/openapi.json describes it). Listens on this machine only unless --host says otherwise."},
        footer = {"", "Example:",
                "  java -jar advisor.jar serve --catalogue advisor-examples/catalogues/fictional-sample.csv",
                "", "Ctrl-C (or SIGTERM) stops it."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "the port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "the address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0 for every network)")
    String host;

    @Mixin
    RuleOptions rules;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "the programs (a .csv or .json file) to classify when a request brings none")
    Path catalogue;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port: " + port + " is not a port; use 0-65535");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        StepAdvisor advisor = null;
        try {
            advisor = rules.advisor().prepareAdvice().preparePrograms();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Optional<List<Program>> programs = Optional.empty();
        if (catalogue != null) {
            try {
                programs = Optional.of(CatalogueReader.read(catalogue));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("advisor serve: " + problem));
            return AdvisorCommand.INVALID;
        }
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Options(host, port, advisor, Optional.ofNullable(rules.folder), programs));
        } catch (RuntimeException e) {
            if (!causedByBind(e)) {
                throw e;
            }
            err.println("advisor serve: cannot listen on " + host + ":" + port + ": " + bindMessage(e));
            return AdvisorCommand.INVALID;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "advisor-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Step Advisor is at " + server.address() + " (Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return AdvisorCommand.OK;
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return e.getClass().getSimpleName().contains("Bind");
    }

    private static String bindMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException && cause.getMessage() != null) {
                return Json.oneLine(cause.getMessage());
            }
        }
        return "the address is in use or not this machine's";
    }
}
