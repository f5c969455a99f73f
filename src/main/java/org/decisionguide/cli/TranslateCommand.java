package org.decisionguide.cli;

import org.decisionguide.load.SiteLoader;
import org.decisionguide.model.Article;
import org.decisionguide.model.ArticleIndex;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;
import org.decisionguide.scaffold.Scaffolds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "translate", description = {"Start a translation: ./guide translate <id> <lang>",
        "After translating or updating one: ./guide translate --refresh <id> <lang>"})
final class TranslateCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The article id") String id;
    @Parameters(index = "1", description = "The language to translate into") String lang;
    @Option(names = "--refresh", description = "Record the original's current fingerprint and publish the translation") boolean refresh;
    @Option(names = "--root") Path root = Path.of(".");

    @Override
    public Integer call() throws Exception {
        Path r = root.toAbsolutePath().normalize();
        Result<Site> loaded = new SiteLoader(r).load();
        if (loaded.value() == null || loaded.hasErrors()) {
            Console.problems(System.err, loaded.problems());
            System.err.println("fix the problems above first");
            return 1;
        }
        Site site = loaded.value();
        if (site.config().language(lang).isEmpty()) {
            System.err.println("\"" + lang + "\" is not a language of the site — use one of " + site.config().languageCodes());
            return 2;
        }
        Optional<Article> source = Translations.source(site, ArticleIndex.of(site), id);
        if (source.isEmpty()) {
            System.err.println("no article \"" + id + "\" — the id is the file name without .md");
            return 1;
        }
        if (source.get().lang().equals(lang)) {
            System.err.println("content/" + lang + "/articles/" + id + ".md is the original; translate it into another language");
            return 2;
        }
        Path file = r.resolve("content").resolve(lang).resolve("articles").resolve(id + ".md");
        if (refresh) {
            if (!Files.exists(file)) {
                System.err.println(r.relativize(file) + " does not exist — start it with ./guide translate " + id + " " + lang);
                return 1;
            }
            Files.writeString(file, Scaffolds.refreshed(source.get(), Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            System.out.println("recorded the " + source.get().lang() + " original's fingerprint in " + r.relativize(file));
            return 0;
        }
        if (Files.exists(file)) {
            System.err.println(r.relativize(file) + " already exists — after updating it, run ./guide translate --refresh " + id + " " + lang);
            return 1;
        }
        Files.createDirectories(file.getParent());
        String original = Files.readString(r.resolve(source.get().file()), StandardCharsets.UTF_8);
        Files.writeString(file, Scaffolds.translation(source.get(), original), StandardCharsets.UTF_8);
        System.out.println("created " + r.relativize(file) + ": translate the text, then run ./guide translate --refresh " + id + " " + lang);
        return 0;
    }
}
