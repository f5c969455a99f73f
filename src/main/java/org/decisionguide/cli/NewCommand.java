package org.decisionguide.cli;

import org.decisionguide.load.SiteConfigParser;
import org.decisionguide.model.Result;
import org.decisionguide.model.SiteConfig;
import org.decisionguide.scaffold.Scaffolds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "new", description = "Create a new article with every front-matter field explained: ./guide new article <id>")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "What to create: article") String kind;
    @Parameters(index = "1", description = "The article id (file name): lower-case words joined by hyphens") String id;
    @Option(names = "--root") Path root = Path.of(".");
    @Option(names = "--lang", description = "Language to write in (default: the site's source language)") String lang;

    @Override
    public Integer call() throws Exception {
        if (!kind.equals("article")) {
            System.err.println("only `./guide new article <id>` exists; terms and tree nodes are added by editing their YAML files");
            return 2;
        }
        if (!id.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            System.err.println("\"" + id + "\" is not a valid article id — use lower-case ASCII words joined by hyphens, e.g. evals-first");
            return 2;
        }
        Path r = root.toAbsolutePath().normalize();
        Result<SiteConfig> config = SiteConfigParser.parse(Files.readString(r.resolve("site.yaml"), StandardCharsets.UTF_8));
        if (config.value() == null) {
            Console.problems(System.err, config.problems());
            return 1;
        }
        String l = lang != null ? lang : config.value().sourceLanguage();
        Path file = r.resolve("content").resolve(l).resolve("articles").resolve(id + ".md");
        if (Files.exists(file)) {
            System.err.println(r.relativize(file) + " already exists — pick another id, or edit that file");
            return 1;
        }
        LocalDate today;
        try {
            today = Main.today(); // SOURCE_DATE_EPOCH when set, as the build reads it: the new article is dated the build's today
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, Scaffolds.newArticle(id, today.toString()), StandardCharsets.UTF_8);
        System.out.println("created " + r.relativize(file) + " (a draft: see it with ./guide serve)");
        return 0;
    }
}
