package org.decisionguide.validate;

import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Site;
import org.decisionguide.model.Translations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guide's content rules that readers notice, stated in CONTRIBUTING ("Content rules") and checked here rather than
 * by tests of today's articles, so that any article that builds cleanly also passes CI (docs/decisions/00NN). Pure.
 * <ul>
 *   <li>an original article has at most {@value #MAX_WORDS} words (error: split or cut it);</li>
 *   <li>{@code updated} is not before {@code date} (error: a reader would see an update before the publication), and
 *       neither is after the build's today (a warning only: time passing makes it right, and tests pin today);</li>
 *   <li>an up-to-date translation keeps the original's {@code terms}, {@code source}, {@code order} and number of
 *       headings (warning: readers switching languages expect the same article);</li>
 *   <li>a Czech or Polish article has no two sentences in a row that read as English (warning: left untranslated).</li>
 * </ul>
 */
public final class ContentRules {

    /** The longest original article, in words: a reader finishes it in about ten minutes. */
    public static final int MAX_WORDS = 1400;

    private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "that", "with", "for", "this",
            "are", "it", "you", "your", "on", "be", "not", "have", "when", "what", "which", "from", "if", "can");

    private ContentRules() {}

    public static List<Problem> check(Site site) {
        List<Problem> out = new ArrayList<>();
        LocalDate today = site.config().freshness().today();
        for (Article a : site.articles()) {
            if (a.meta().needsTranslation()) continue; // not published: it is judged once translated
            dates(a, today, out);
        }
        for (Translations.Entry e : Translations.of(site)) {
            if (e.state() == Translations.State.SOURCE) length(e.source(), out);
            if (e.state() == Translations.State.OK) shape(e.source(), e.translation(), out);
            if (e.translation() != null && !e.lang().equals("en")) englishRuns(e.translation(), out);
        }
        return out;
    }

    private static void length(Article a, List<Problem> out) {
        int words = 0;
        String[] lines = a.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = WORD.matcher(lines[i]);
            while (m.find()) {
                if (++words == MAX_WORDS + 1) {
                    int total = words + (int) m.results().count() + countFrom(lines, i + 1);
                    out.add(Problem.error(a.file(), a.bodyLine() + i, "the article has " + total + " words, more than the guide's "
                            + MAX_WORDS + " (this line has word " + (MAX_WORDS + 1) + ")",
                            "cut it to " + MAX_WORDS + " words or fewer, or split it into two articles that link each other"));
                    return;
                }
            }
        }
    }

    private static int countFrom(String[] lines, int from) {
        int n = 0;
        for (int i = from; i < lines.length; i++) n += (int) WORD.matcher(lines[i]).results().count();
        return n;
    }

    private static void dates(Article a, LocalDate today, List<Problem> out) {
        LocalDate date = a.meta().date(), updated = a.meta().updated();
        if (date != null && date.isAfter(today)) {
            out.add(Problem.warning(a.file(), a.lineOf().of("/date"), "`date: " + date + "` is after today (" + today + ")",
                    "write the day the article is published, " + today + " or earlier"));
        }
        if (updated != null && updated.isAfter(today)) {
            out.add(Problem.warning(a.file(), a.lineOf().of("/updated"), "`updated: " + updated + "` is after today (" + today + ")",
                    "write the day of the last substantive change, " + today + " or earlier"));
        } else if (updated != null && date != null && updated.isBefore(date)) {
            out.add(Problem.error(a.file(), a.lineOf().of("/updated"), "`updated: " + updated + "` is before `date: " + date + "`",
                    "write the day of the last substantive change (on or after " + date + "), or remove `updated:`"));
        }
    }

    private static void shape(Article source, Article t, List<Problem> out) {
        String from = " (" + source.file() + ")";
        if (!t.meta().terms().equals(source.meta().terms())) {
            out.add(Problem.warning(t.file(), t.lineOf().of("/terms"), "`terms: " + t.meta().terms() + "` differ from the original's "
                    + source.meta().terms() + from, "copy the original's `terms:` list: the glossary gives each term in every language"));
        }
        if (!Objects.equals(t.meta().source(), source.meta().source())) {
            out.add(Problem.warning(t.file(), t.lineOf().of("/source"), "`source:` differs from the original's" + from,
                    "copy the original's `source:` block (title, url, author) unchanged"));
        }
        if (!Objects.equals(t.meta().order(), source.meta().order())) {
            out.add(Problem.warning(t.file(), t.lineOf().of("/order"), "`order: " + t.meta().order() + "` differs from the original's `order: "
                    + source.meta().order() + "`" + from, "copy the original's `order:` so the guide reads in the same order in every language"));
        }
        int mine = t.outline().headings().size(), theirs = source.outline().headings().size();
        if (mine != theirs) {
            out.add(Problem.warning(t.file(), t.bodyLine(), "the translation has " + mine + " headings, the original " + theirs + from,
                    "translate every section of the original under its own heading, and nothing more"));
        }
    }

    /** Two sentences in a row that read as English, paragraph by paragraph of the Markdown outside code. */
    private static void englishRuns(Article a, List<Problem> out) {
        String[] lines = a.body().split("\n", -1);
        boolean fence = false;
        StringBuilder para = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence) continue;
            if (!line.isBlank()) {
                starts.add(para.length());
                para.append(line.replaceAll("`[^`]*`", " ").replaceAll("\\]\\([^)]*\\)", "]")).append(' ');
                continue;
            }
            if (para.length() > 0 && englishRun(a, para.toString(), starts, lines, i - starts.size(), out)) return; // once per article
            para.setLength(0);
            starts.clear();
        }
    }

    private static boolean englishRun(Article a, String para, List<Integer> starts, String[] lines, int firstLine, List<Problem> out) {
        int run = 0, at = 0;
        for (String sentence : para.split("(?<=[.!?])\\s+")) {
            int begin = Math.max(para.indexOf(sentence, at), at);
            at = begin + sentence.length();
            run = looksEnglish(sentence) ? run + 1 : 0;
            if (run == 2) {
                int lineInPara = 0;
                while (lineInPara + 1 < starts.size() && starts.get(lineInPara + 1) <= begin) lineInPara++;
                out.add(Problem.warning(a.file(), a.bodyLine() + firstLine + lineInPara, "two sentences in a row read as English in a "
                        + a.lang() + " article, ending at \"" + sentence.strip() + "\"", "translate them"));
                return true;
            }
        }
        return false;
    }

    /** A sentence reads as English when a third of its words (at least five) are common English function words. */
    static boolean looksEnglish(String sentence) {
        List<String> words = Arrays.stream(sentence.toLowerCase().split("[^\\p{L}']+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() < 5) return false;
        long hits = words.stream().filter(ENGLISH::contains).count();
        return hits * 3 >= words.size();
    }
}
