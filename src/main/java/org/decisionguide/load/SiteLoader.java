package org.decisionguide.load;

import org.decisionguide.model.Article;
import org.decisionguide.model.Calculator;
import org.decisionguide.model.Checklist;
import org.decisionguide.model.ChecklistTexts;
import org.decisionguide.model.DecisionTree;
import org.decisionguide.model.TreeTexts;
import org.decisionguide.model.Language;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.Site;
import org.decisionguide.model.SiteConfig;
import org.decisionguide.model.Term;
import org.decisionguide.model.UiStrings;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The file-system edge of the load stage: finds the site's files under a root folder and hands their text
 * to the pure parsers. Paths in problems are relative to the root, as a contributor sees them.
 */
public final class SiteLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private final Path root;
    private final org.decisionguide.markdown.Markdown markdown;

    public SiteLoader(Path root) {
        this(root, new org.decisionguide.markdown.Markdown());
    }

    /** @param markdown the build's Markdown, so the render stage reuses what loading parsed */
    public SiteLoader(Path root, org.decisionguide.markdown.Markdown markdown) {
        this.root = root;
        this.markdown = markdown;
    }

    public Result<Site> load() {
        List<Problem> problems = new ArrayList<>();
        String configText = read(SiteConfigParser.FILE, problems);
        if (configText == null) return Result.of(null, problems);
        Result<SiteConfig> config = SiteConfigParser.parse(configText);
        problems.addAll(config.problems());
        if (config.value() == null) return Result.of(null, problems);
        SiteConfig cfg = config.value();

        Map<String, UiStrings> ui = new LinkedHashMap<>();
        for (Language lang : cfg.languages()) {
            Path file = UiStringsParser.fileFor(lang.code());
            if (!Files.isRegularFile(root.resolve(file))) {
                problems.add(Problem.error(file, 0, "user-interface strings for \"" + lang.code() + "\" are missing",
                        "copy templates/i18n/" + cfg.sourceLanguage() + ".yaml to " + file + " and translate the messages"));
                continue;
            }
            String text = read(file, problems);
            if (text == null) continue;
            Result<UiStrings> r = UiStringsParser.parse(lang.code(), text);
            problems.addAll(r.problems());
            if (r.value() != null) ui.put(lang.code(), r.value());
        }

        List<Article> articles = new ArrayList<>();
        Set<Path> unreadable = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        checkLanguageFolders(cfg, problems);
        for (Language lang : cfg.languages()) {
            for (Path file : articleFiles(lang.code(), problems)) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - 3);
                if (!ID.matcher(id).matches()) {
                    problems.add(Problem.error(file, 0, "the file name \"" + name + "\" is not a valid article id",
                            "rename it to lower-case ASCII words joined by hyphens, e.g. evals-first.md"));
                    continue;
                }
                pending.add(new Pending(file, lang.code(), id));
            }
        }
        // Reading and parsing (YAML and Markdown) are per file: use every core, keep the file order.
        List<Result<Article>> parsed = pending.parallelStream().map(p -> {
            List<Problem> unread = new ArrayList<>();
            String text = read(p.file(), unread);
            return text == null ? Result.<Article>of(null, unread) : ArticleParser.parse(p.file(), p.lang(), p.id(), text, markdown);
        }).toList();
        for (int i = 0; i < pending.size(); i++) {
            Result<Article> r = parsed.get(i);
            problems.addAll(r.problems());
            if (r.value() != null) articles.add(r.value());
            else unreadable.add(pending.get(i).file());
        }
        List<Term> glossary = new ArrayList<>();
        for (Path file : glossaryFiles(problems)) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".yaml".length());
            if (!ID.matcher(id).matches()) {
                problems.add(Problem.error(file, 0, "the file name \"" + name + "\" is not a valid term id",
                        "rename it to lower-case ASCII words joined by hyphens, e.g. eval-set.yaml"));
                continue;
            }
            String text = read(file, problems);
            if (text == null) continue;
            Result<Term> r = GlossaryParser.parse(id, text, cfg.languageCodes());
            problems.addAll(r.problems());
            if (r.value() != null) glossary.add(r.value());
        }
        Map<String, TreeTexts> treeTexts = new LinkedHashMap<>();
        DecisionTree tree = structureWithTexts(TreeParser.TREE_FILE, TreeParser::parseTree, TreeParser::textFile,
                TreeParser::parseTexts, cfg, treeTexts, problems);
        Map<String, ChecklistTexts> checklistTexts = new LinkedHashMap<>();
        Checklist checklist = structureWithTexts(ChecklistParser.FILE, ChecklistParser::parse, ChecklistParser::textFile,
                ChecklistParser::parseTexts, cfg, checklistTexts, problems);
        Calculator calculator = calculator(problems);
        return Result.of(new Site(cfg, articles, glossary, tree, treeTexts, checklist, checklistTexts, ui, unreadable, calculator), problems);
    }

    /** The calculator's data and its formulas' script, or null when the site has no calculator data file. */
    private Calculator calculator(List<Problem> problems) {
        if (!Files.isRegularFile(root.resolve(CalculatorParser.FILE))) return null;
        String text = read(CalculatorParser.FILE, problems);
        if (text == null) return null;
        if (!Files.isRegularFile(root.resolve(CalculatorParser.SCRIPT))) {
            problems.add(Problem.error(CalculatorParser.SCRIPT, 0, "the calculator's formulas are missing",
                    "restore " + CalculatorParser.SCRIPT + " (it holds the formulas that " + CalculatorParser.FILE + " is computed with)"));
            return null;
        }
        String script = read(CalculatorParser.SCRIPT, problems);
        if (script == null) return null;
        Result<Calculator> r = CalculatorParser.parse(text, script);
        problems.addAll(r.problems());
        return r.value();
    }

    /** The article id a file name {@code <id>.md} stands for, or null when the name is no valid id. */
    public static String articleId(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".md")) return null;
        String id = name.substring(0, name.length() - 3);
        return ID.matcher(id).matches() ? id : null;
    }

    /**
     * One article file read and parsed exactly as {@link #load} reads it, for the live preview, which re-reads only
     * the files that changed. The value is null when the file cannot be read or parsed (the problems say why).
     *
     * @param file relative to the root: {@code content/<lang>/articles/<id>.md}
     */
    public Result<Article> article(Path file, String lang) {
        List<Problem> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 3);
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.error(file, 0, "the file name \"" + name + "\" is not a valid article id",
                    "rename it to lower-case ASCII words joined by hyphens, e.g. evals-first.md"));
            return Result.of(null, problems);
        }
        String text = read(file, problems);
        if (text == null) return Result.of(null, problems);
        Result<Article> parsed = ArticleParser.parse(file, lang, id, text, markdown);
        problems.addAll(parsed.problems());
        return Result.of(parsed.value(), problems);
    }

    private List<Path> glossaryFiles(List<Problem> problems) {
        Path dir = Path.of("glossary");
        if (!Files.isDirectory(root.resolve(dir))) return List.of();
        try (Stream<Path> files = Files.list(root.resolve(dir))) {
            List<Path> out = new ArrayList<>();
            files.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (name.endsWith(".yaml")) out.add(dir.resolve(name));
                else if (!name.startsWith(".")) problems.add(Problem.warning(dir.resolve(name), 0,
                        "not a glossary entry (only .yaml files are read here)", "rename it to <id>.yaml"));
            });
            return out;
        } catch (IOException e) {
            problems.add(Problem.error(dir, 0, "cannot list the folder: " + e.getMessage(), "check its permissions"));
            return List.of();
        }
    }

    private record Pending(Path file, String lang, String id) {}

    /**
     * The decision tree and the checklist share a layout: one structure file, one text file per language. Null when
     * the site has no structure file; a missing text file is not an error here (the validator reports it as a
     * missing translation).
     */
    private <S, T> S structureWithTexts(Path structureFile, java.util.function.Function<String, Result<S>> parseStructure,
                                        java.util.function.Function<String, Path> textFile,
                                        java.util.function.BiFunction<String, String, Result<T>> parseTexts,
                                        SiteConfig cfg, Map<String, T> texts, List<Problem> problems) {
        if (!Files.isRegularFile(root.resolve(structureFile))) return null;
        String text = read(structureFile, problems);
        Result<S> structure = text == null ? Result.of(null, List.of()) : parseStructure.apply(text);
        problems.addAll(structure.problems());
        for (Language lang : cfg.languages()) {
            Path file = textFile.apply(lang.code());
            if (!Files.isRegularFile(root.resolve(file))) continue;
            String t = read(file, problems);
            if (t == null) continue;
            Result<T> r = parseTexts.apply(lang.code(), t);
            problems.addAll(r.problems());
            if (r.value() != null) texts.put(lang.code(), r.value());
        }
        return structure.value();
    }

    private void checkLanguageFolders(SiteConfig cfg, List<Problem> problems) {
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) return;
        try (Stream<Path> dirs = Files.list(content)) {
            dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .filter(n -> n.matches("[a-z]{2,3}(-[A-Za-z0-9]+)?") && cfg.language(n).isEmpty())
                    .sorted()
                    .forEach(n -> problems.add(Problem.error(Path.of("content", n), 0,
                            "content/" + n + "/ is not a language of the site",
                            "add `" + n + "` to `languages:` in site.yaml, or move the files to an existing language")));
        } catch (IOException e) {
            problems.add(Problem.error(Path.of("content"), 0, "cannot list the folder: " + e.getMessage(), "check its permissions"));
        }
    }

    private List<Path> articleFiles(String lang, List<Problem> problems) {
        Path dir = Path.of("content", lang, "articles");
        if (!Files.isDirectory(root.resolve(dir))) return List.of();
        try (Stream<Path> files = Files.list(root.resolve(dir))) {
            List<Path> out = new ArrayList<>();
            files.sorted().forEach(p -> {
                Path rel = dir.resolve(p.getFileName());
                if (Files.isDirectory(p)) {
                    problems.add(Problem.error(rel, 0, "articles are files, not folders",
                            "move the Markdown files directly into " + dir));
                } else if (p.getFileName().toString().endsWith(".md")) {
                    out.add(rel);
                } else {
                    problems.add(Problem.warning(rel, 0, "not an article (only .md files are read here)",
                            "rename it to .md, or move images to assets/"));
                }
            });
            return out;
        } catch (IOException e) {
            problems.add(Problem.error(dir, 0, "cannot list the folder: " + e.getMessage(), "check its permissions"));
            return List.of();
        }
    }

    /** Reads a file as strict UTF-8; a problem (not an exception) when it cannot be read. */
    private String read(Path rel, List<Problem> problems) {
        Path file = root.resolve(rel);
        try {
            if (Files.size(file) > SafeYaml.MAX_CHARS * 4L) {
                problems.add(Problem.error(rel, 0, "the file is too large (" + Files.size(file) + " bytes)",
                        "split it; content files are far smaller than " + SafeYaml.MAX_CHARS + " characters"));
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString()
                    .replace("\r\n", "\n")
                    .replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(rel, 0, "the file is not valid UTF-8", "save it with UTF-8 encoding"));
        } catch (IOException e) {
            problems.add(Problem.error(rel, 0, "cannot read the file (" + e.getClass().getSimpleName() + ")",
                    "check that it exists and is readable"));
        }
        return null;
    }
}
