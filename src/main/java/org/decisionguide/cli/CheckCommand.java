package org.decisionguide.cli;

import org.decisionguide.check.SiteChecker;
import org.decisionguide.load.SiteConfigParser;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "check", description = "Check the published site in the output folder (links, fragments, hreflang, CSP, ...) and report.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--root", description = "Site source folder (default: current folder).")
    Path root = Path.of(".");

    @Override
    public Integer call() throws IOException {
        Path r = root.toAbsolutePath().normalize();
        Result<SiteConfig> config = SiteConfigParser.parse(Files.readString(r.resolve(SiteConfigParser.FILE), StandardCharsets.UTF_8));
        if (config.value() == null) {
            Console.problems(System.err, config.problems());
            return 1;
        }
        Path out = r.resolve(config.value().output());
        if (Files.isDirectory(out)) out = out.toRealPath(); // the output path is a link to the current build
        if (!Files.isDirectory(out)) {
            System.err.println(config.value().output() + "/: nothing published yet — run ./guide build first");
            return 1;
        }
        List<OutputFile> files = new ArrayList<>();
        Path dir = out;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new OutputFile(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
            }
        }
        List<Problem> problems = new SiteChecker(config.value(), Path.of(config.value().output())).check(files);
        Console.problems(System.err, problems);
        long pages = files.stream().filter(OutputFile::isHtml).count();
        long errors = problems.stream().filter(Problem::isError).count();
        System.out.printf("checked %d pages and %d files: %s%n", pages, files.size() - pages,
                Console.count(errors, problems.size() - errors));
        return errors > 0 ? 1 : 0;
    }
}
