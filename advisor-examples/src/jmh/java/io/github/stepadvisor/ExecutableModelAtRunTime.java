package io.github.stepadvisor;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * For the benchmark: the advice rules of a folder compiled into the Drools executable model now,
 * as kie-maven-plugin compiles the built-in rules at build time, so a variant of the built-in
 * rules is measured on the same path as {@link StepAdvisor#builtIn()} (the runtime DRL path of
 * {@link StepAdvisor#fromDirectory} runs the same rules 0.85x-1.2x as fast, which is the size of
 * the effects measured). It sits in this package to reach {@link RuleSet#withAdviceBase}; the
 * code generator it needs is a dependency of the benchmark only.
 */
public final class ExecutableModelAtRunTime {

    private ExecutableModelAtRunTime() {
    }

    /** An advisor with the built-in data files and the advice rules of {@code folder}. */
    public static StepAdvisor advisor(Path folder) throws IOException {
        return new StepAdvisor(RuleSet.builtIn().withAdviceBase(adviceBase(folder)));
    }

    private static KieBase adviceBase(Path folder) throws IOException {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("io.github.stepadvisor", "bench-" + UUID.randomUUID(), "1");
        files.generateAndWritePomXML(release);
        KieModuleModel module = services.newKieModuleModel();
        RuleSet.BUILD_OPTIONS.forEach(module::setConfigurationProperty);
        module.newKieBaseModel("advice").addPackage("advice");
        files.writeKModuleXML(module.toXML());
        List<Path> drl;
        try (Stream<Path> walk = Files.walk(folder.resolve("advice"))) {
            drl = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path file : drl) {
            files.write("src/main/resources/advice/" + file.getFileName(), Files.readAllBytes(file));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(folder + " does not compile into the executable model: " + errors);
        }
        KieBase base = services.newKieContainer(release).getKieBase("advice");
        services.getRepository().removeKieModule(release);
        return base;
    }
}
