package org.decisionguide.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.decisionguide.model.Article;
import org.decisionguide.model.Calculator;
import org.decisionguide.model.OutputFile;
import org.decisionguide.model.Problem;
import org.decisionguide.render.view.CalculatorPage;
import org.decisionguide.render.view.Head;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the break-even calculator's page and its Markdown record per language. Every figure comes from the
 * calculator's script ({@link BreakEvenScript}), given the language's patterns: the page script formats with the
 * same patterns, so the static page and the live one agree to the character.
 */
final class CalculatorView {
    static final String RECORD = "break-even.md";
    /** First URL segments the site itself uses: a calculator slug may not take one. */
    private static final Set<String> TAKEN = Set.of("articles", "decide", "checklist", "glossary", "translations", "tags", "search", "assets");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RenderContext ctx;
    private final Calculator calc;
    private BreakEvenScript script;
    private final List<Problem> problems = new ArrayList<>();
    private final List<JsonNode> inputs = new ArrayList<>();
    private boolean loaded;

    CalculatorView(RenderContext ctx) {
        this.ctx = ctx;
        this.calc = ctx.site.calculator();
    }

    /**
     * Runs the script and checks the data once, on the first page that needs it: the pages render in parallel, so
     * the script's start-up overlaps with the rest of the site instead of delaying it.
     */
    private synchronized void load() {
        if (loaded) return;
        loaded = true;
        BreakEvenScript s = null;
        try {
            s = BreakEvenScript.load(calc.scriptFile().toString(), calc.script());
            s.inputs().forEach(inputs::add);
        } catch (BreakEvenScript.ScriptError e) {
            problems.add(Problem.error(calc.scriptFile(), e.line(), "the calculator's script cannot run: " + e.getMessage(),
                    "fix the script; it must define BreakEven as the page and the build use it"));
        }
        this.script = s;
        if (s != null) checkDefaults();
        for (Map.Entry<String, String> e : calc.slugs().entrySet()) {
            if (TAKEN.contains(e.getValue())) problems.add(Problem.error(calc.file(), calc.lineOf().of("/slugs/" + e.getKey()),
                    "the slug \"" + e.getValue() + "\" is a section of the site", "choose another, e.g. break-even-calculator"));
        }
        if (!calc.slugs().containsKey(ctx.site.config().sourceLanguage())) {
            problems.add(Problem.error(calc.file(), calc.lineOf().of("/slugs"), "no slug for the source language \""
                    + ctx.site.config().sourceLanguage() + "\"", "add `" + ctx.site.config().sourceLanguage() + ": break-even-calculator` under slugs"));
        }
        for (String node : calc.decideNodes()) {
            if (ctx.site.tree() == null || ctx.site.tree().node(node).isEmpty()) problems.add(Problem.error(calc.file(),
                    calc.lineOf().of("/linked_from/decide"), "no decision-tree node \"" + node + "\"", "name a node of content/decision-tree/tree.yaml"));
        }
        for (String item : calc.checklistItems()) {
            if (ctx.site.checklist() == null || ctx.site.checklist().items().stream().noneMatch(i -> i.id().equals(item))) {
                problems.add(Problem.error(calc.file(), calc.lineOf().of("/linked_from/checklist"), "no checklist item \"" + item + "\"",
                        "name an item of content/checklist/checklist.yaml"));
            }
        }
        if (ctx.index.get(ctx.site.config().sourceLanguage(), calc.article()).isEmpty() && ctx.fallback(calc.article()).isEmpty()) {
            problems.add(Problem.error(calc.file(), calc.lineOf().of("/article"), "no article \"" + calc.article() + "\"",
                    "name the article whose worked case the defaults are (its file name without .md)"));
        }
    }

    /** The defaults must be exactly the script's inputs, each valid by the script's own rules. */
    private void checkDefaults() {
        Set<String> known = new LinkedHashSet<>();
        inputs.forEach(i -> known.add(i.get("id").asText()));
        for (String id : calc.inputs().keySet()) {
            if (!known.contains(id)) problems.add(Problem.error(calc.file(), calc.lineOf().of("/inputs/" + id),
                    "unknown input \"" + id + "\"", "use one of: " + String.join(", ", known)));
        }
        List<String> missing = known.stream().filter(id -> !calc.inputs().containsKey(id)).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.error(calc.file(), calc.lineOf().of("/inputs"), "inputs without a default: " + String.join(", ", missing),
                    "add a value for each under `inputs:`"));
            return;
        }
        JsonNode read = script.read(calc.inputs());
        for (Iterator<Map.Entry<String, JsonNode>> it = read.get("errors").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode err = e.getValue();
            String why = switch (err.get("code").asText()) {
                case "negative" -> "is negative";
                case "max" -> "is more than " + err.get("limit").asText() + ", the most the calculator accepts";
                case "integer" -> "must be a whole number";
                default -> "is not a number";
            };
            problems.add(Problem.error(calc.file(), calc.lineOf().of("/inputs/" + e.getKey()), "the default of \"" + e.getKey() + "\" " + why,
                    "correct it; the limits are in " + calc.scriptFile()));
        }
    }

    /** Where the tree and the checklist link to the calculator; null when the site has no calculator. */
    static org.decisionguide.render.view.CalculatorLinks links(RenderContext ctx) {
        Calculator c = ctx.site.calculator();
        if (c == null) return null;
        CalculatorView v = new CalculatorView(ctx);
        Map<String, String> urls = new LinkedHashMap<>();
        ctx.site.config().languages().forEach(l -> urls.put(l.code(), v.url(l.code())));
        return new org.decisionguide.render.view.CalculatorLinks(c.decideNodes(), c.checklistItems(), urls);
    }

    List<Problem> problems() {
        load();
        return problems;
    }

    boolean usable() {
        load();
        return problems.stream().noneMatch(Problem::isError);
    }

    String slug(String lang) {
        return calc.slugs().getOrDefault(lang, calc.slugs().get(ctx.site.config().sourceLanguage()));
    }

    String url(String lang) {
        return ctx.urls.home(lang) + slug(lang) + "/";
    }

    /** What the script needs to write a language: number rules, labels, option names, sentence patterns. */
    Map<String, Object> texts(String lang) {
        Messages t = ctx.messages(lang);
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> fmt = new LinkedHashMap<>();
        fmt.put("decimal", t.format("calc_fmt_decimal"));
        fmt.put("group", t.format("calc_fmt_group"));
        fmt.put("minGroup", Integer.parseInt(t.format("calc_fmt_min_group").strip()));
        fmt.put("money", t.format("calc_fmt_money"));
        fmt.put("percent", t.format("calc_fmt_percent"));
        m.put("fmt", fmt);
        Map<String, String> labels = new LinkedHashMap<>();
        inputs.forEach(i -> labels.put(i.get("id").asText(), t.format("calc_in_" + i.get("id").asText())));
        m.put("labels", labels);
        Map<String, String> options = new LinkedHashMap<>(); // in a fixed order, so that builds are reproducible (Map.of's is not)
        for (String o : List.of("large", "untuned", "tuned")) options.put(o, t.format("calc_option_" + o));
        m.put("options", options);
        m.put("month", t.format("calc_month", "{0}"));
        m.put("never", t.format("calc_never"));
        m.put("not_applicable", t.format("calc_not_applicable"));
        m.put("outcome_month", t.format("calc_outcome_month", "{0}"));
        m.put("outcome_never", t.format("calc_outcome_never"));
        m.put("outcome_no_traffic", t.format("calc_outcome_no_traffic"));
        m.put("sentence_pays", t.format("calc_sentence_pays", "{0}", "{1}"));
        m.put("sentence_pays_late", t.format("calc_sentence_pays_late", "{0}", "{1}"));
        m.put("sentence_never", t.format("calc_sentence_never", "{0}", "{1}"));
        m.put("sentence_no_traffic", t.format("calc_sentence_no_traffic"));
        m.put("sentence_untuned", t.format("calc_sentence_untuned", "{0}"));
        m.put("sensitivity_sentence", t.format("calc_sensitivity_sentence", "{0}", "{1}", "{2}"));
        m.put("sensitivity_none", t.format("calc_sensitivity_none"));
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("empty", t.format("calc_err_empty"));
        errors.put("number", t.format("calc_err_number"));
        errors.put("negative", t.format("calc_err_negative"));
        errors.put("max", t.format("calc_err_max", "{0}"));
        errors.put("integer", t.format("calc_err_integer"));
        m.put("errors", errors);
        Map<String, String> record = new LinkedHashMap<>();
        record.put("title", t.format("calc_record_title"));
        record.put("date", t.format("record_date"));
        record.put("link", t.format("record_link"));
        record.put("prices", t.format("calc_record_prices", ctx.dates(lang).longDate(calc.asOf())));
        record.put("result", t.format("calc_result_heading"));
        record.put("option", t.format("calc_col_option"));
        record.put("month", t.format("calc_col_month"));
        record.put("months12", t.format("calc_col_12"));
        record.put("months24", t.format("calc_col_24"));
        record.put("one_off", t.format("calc_one_off"));
        record.put("recurring", t.format("calc_recurring"));
        record.put("break_even", t.format("calc_break_even"));
        record.put("inputs", t.format("calc_record_inputs"));
        record.put("sensitivity", t.format("calc_sensitivity_heading"));
        m.put("record", record);
        m.put("date_placeholder", t.format("record_date_placeholder"));
        return m;
    }

    /** A language's page and its Markdown record (the default scenario; the page script fills in the reader's date). */
    record Built(CalculatorPage page, OutputFile record) {}

    Built build(String lang) {
        load();
        Messages t = ctx.messages(lang);
        Map<String, Object> texts = texts(lang);
        String url = url(lang);
        JsonNode all = script.page(calc.inputs(), texts, ctx.urls.absolute(url), (String) texts.get("date_placeholder"));
        JsonNode shown = all.get("present");
        Map<String, String> out = new LinkedHashMap<>();
        shown.get("out").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        List<CalculatorPage.Sensitivity> rows = new ArrayList<>();
        for (JsonNode r : shown.get("sensitivity")) {
            rows.add(new CalculatorPage.Sensitivity(r.get("label").asText(), r.get("low").asText(), r.get("lowOutcome").asText(),
                    r.get("high").asText(), r.get("highOutcome").asText(), r.get("swing").asText()));
        }
        JsonNode formatted = all.get("fields");
        Map<String, List<CalculatorPage.Field>> byGroup = new LinkedHashMap<>();
        for (JsonNode i : inputs) {
            String id = i.get("id").asText();
            byGroup.computeIfAbsent(i.get("group").asText(), g -> new ArrayList<>()).add(new CalculatorPage.Field(id,
                    t.format("calc_in_" + id), t.format("calc_hint_" + id), formatted.get("plain").get(id).asText(),
                    formatted.get("shown").get(id).asText(), i.path("integer").asBoolean(false)));
        }
        List<CalculatorPage.Group> groups = new ArrayList<>();
        byGroup.forEach((g, fields) -> groups.add(new CalculatorPage.Group(g, t.format("calc_group_" + g), fields)));
        Optional<Article> source = ctx.index.get(lang, calc.article()).or(() -> ctx.fallback(calc.article()));
        Head head = ctx.head(lang, t.format("calc_title") + " · " + ctx.language(lang).siteTitle(), t.format("calc_description"),
                        url, ctx.sameUrlIn(this::url, lang), ctx.urls.absolute(url(ctx.site.config().sourceLanguage())), "calculator")
                .withScripts(List.of(ctx.urls.asset("js/break-even-core.js"), ctx.urls.asset("js/break-even.js")))
                .withStyle(ctx.urls.asset("css/break-even.css"));
        String json;
        try {
            json = JSON.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        CalculatorPage page = new CalculatorPage(head, ctx.dates(lang).longDate(calc.asOf()), calc.asOf().toString(),
                source.map(a -> ctx.typography(a.lang()).text(a.meta().title())).orElse(null), source.map(ctx.urls::article).orElse(null),
                source.filter(a -> !a.lang().equals(lang)).map(Article::lang).orElse(null),
                groups, out, rows, json, all.get("query").asText(), url + RECORD, "break-even-" + lang + ".md");
        OutputFile record = new OutputFile(ctx.urls.fileFor(url).replace("index.html", RECORD),
                all.get("record").asText().getBytes(StandardCharsets.UTF_8));
        return new Built(page, record);
    }
}
