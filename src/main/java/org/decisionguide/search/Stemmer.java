package org.decisionguide.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One language's word normalisation, done by Lucene's maintained analyzers rather than by hand: a lower-cased word
 * → its stem (Czech: {@code CzechStemFilter}; Polish: Stempel with Lucene's Polish table; English: Porter), then
 * folded to ASCII so that a query typed without diacritics meets the same stem. Also the language's stop words.
 */
final class Stemmer {
    private final Analyzer stems;
    private final Analyzer folds;
    private final List<String> stopWords;

    private Stemmer(Function<TokenStream, TokenStream> stem, CharArraySet stop) {
        this.stems = analyzer(in -> new ASCIIFoldingFilter(stem.apply(in)));
        this.folds = analyzer(ASCIIFoldingFilter::new);
        Set<String> words = new TreeSet<>();
        for (Object w : stop) words.add(new String((char[]) w));
        this.stopWords = List.copyOf(words);
    }

    private static final Map<String, Stemmer> BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * The analyzers for a language code, made once per process (Lucene's analyzers are thread-safe and keep one
     * token stream per thread); a language without one gets folding only (and no stop words).
     */
    static Stemmer forLanguage(String lang) {
        return BY_LANGUAGE.computeIfAbsent(lang, Stemmer::make);
    }

    private static Stemmer make(String lang) {
        return switch (lang) {
            case "cs" -> new Stemmer(CzechStemFilter::new, CzechAnalyzer.getDefaultStopSet());
            case "pl" -> new Stemmer(in -> new StempelFilter(in, new StempelStemmer(PolishAnalyzer.getDefaultTable())),
                    PolishAnalyzer.getDefaultStopSet());
            case "en" -> new Stemmer(PorterStemFilter::new, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            default -> new Stemmer(in -> in, CharArraySet.EMPTY_SET);
        };
    }

    // Remembered for the life of the process: the live preview rebuilds the index on every save, and an edit
    // brings few new words.
    private final Map<String, String> stemmed = new ConcurrentHashMap<>();
    private final Map<String, String> folded = new ConcurrentHashMap<>();

    /** The stem of one lower-cased word (as {@link Words} splits them). */
    String stem(String word) {
        return stemmed.computeIfAbsent(word, w -> run(stems, w));
    }

    /** The word without diacritics ("dolaďování" → "doladovani"). */
    String fold(String word) {
        return folded.computeIfAbsent(word, w -> run(folds, w));
    }

    /** Sorted. */
    List<String> stopWords() {
        return stopWords;
    }

    private static Analyzer analyzer(Function<TokenStream, TokenStream> chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, chain.apply(source));
            }
        };
    }

    private static String run(Analyzer analyzer, String word) {
        try (TokenStream ts = analyzer.tokenStream("w", new StringReader(word))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }
}
