package org.decisionguide.load;

import org.decisionguide.model.Language;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.decisionguide.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code site.yaml}: a valid file gives the settings every page is built with; each mistake is named at its line. */
class SiteConfigParserTest {
    private static final String VALID = """
            base_url: https://example.org/guide/
            source_language: en
            languages:
              - code: en
                name: English
                title: Guide
                locale: en-GB
              - code: pt-BR
                name: Português
                title: Guia
            """;

    private static Problem only(Result<SiteConfig> r) {
        assertNull(r.value(), "a broken site.yaml builds nothing");
        assertEquals(1, r.problems().size(), r.problems().toString());
        Problem p = r.problems().get(0);
        assertEquals(SiteConfigParser.FILE, p.file());
        assertTrue(p.isError());
        return p;
    }

    @Test
    void aValidFileGivesTheSettingsAndTheirDefaults() {
        Result<SiteConfig> r = SiteConfigParser.parse(VALID);
        assertEquals(List.of(), r.problems());
        SiteConfig c = r.value();
        assertEquals("https://example.org/guide", c.baseUrl(), "without the trailing slash");
        assertEquals("/guide", c.basePath());
        assertEquals(List.of(new Language("en", "English", "Guide", "en-GB"), new Language("pt-BR", "Português", "Guia", null)), c.languages());
        assertEquals("en", c.sourceLanguage());
        assertEquals("public", c.output(), "the default output folder");
        assertFalse(c.strict(), "lenient unless asked");
        assertNull(c.editUrl());
    }

    @Test
    void optionalSettingsAreRead() {
        SiteConfig c = SiteConfigParser.parse(VALID + "output: site-out\nstrict: true\nedit_url: https://github.com/org/repo/edit/main/\n").value();
        assertEquals("site-out", c.output());
        assertTrue(c.strict());
        assertEquals("https://github.com/org/repo/edit/main/", c.editUrl());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "base_url: https://example.org/guide/    | base_url: ftp://example.org/                | 1 | base_url must be an absolute http(s) address: ftp://example.org/",
            "base_url: https://example.org/guide/    | base_url: https://exa mple.org/             | 1 | base_url is not a valid address: https://exa mple.org/",
            "source_language: en                     | source_language: cs                         | 2 | source_language \"cs\" is not one of the languages",
            "locale: en-GB                           | locale: en-GB\\n    colour: blue             | 8 | unknown key \"colour\"",
            "code: pt-BR                             | code: Portuguese                            | 8 | \"Portuguese\" is not a language code",
            "code: pt-BR                             | code: en                                    | 8 | language \"en\" is listed twice",
            "source_language: en                     | source_language: en\\nlanguage: en           | 3 | unknown key \"language\"",
    })
    void eachMistakeIsNamedAtItsLine(String from, String to, int line, String message) {
        Problem p = only(SiteConfigParser.parse(VALID.replace(from.strip(), to.strip().replace("\\n", "\n"))));
        assertEquals(message.strip(), p.message());
        assertEquals(line, p.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "output: ../elsewhere                   | output must be a plain folder name inside the project: ../elsewhere",
            "output: /var/www                       | output must be a plain folder name inside the project: /var/www",
            "output: .hidden                        | output must be a plain folder name inside the project: .hidden",
            "edit_url: http://github.com/o/r/edit/main/ | edit_url must be an https:// address ending in /",
            "edit_url: https://github.com/o/r/edit/main | edit_url must be an https:// address ending in /",
    })
    void outputAndEditUrlMustBeSafe(String line, String message) {
        Problem p = only(SiteConfigParser.parse(VALID + line.strip() + "\n"));
        assertEquals(message.strip(), p.message());
        assertEquals(11, p.line());
    }

    @Test
    void languagesMustBeAListOfMaps() {
        Result<SiteConfig> empty = SiteConfigParser.parse("base_url: https://example.org\nsource_language: en\nlanguages: []\n");
        assertNull(empty.value());
        assertTrue(empty.problems().stream().anyMatch(p -> p.message().equals("languages must be a non-empty list") && p.line() == 3), empty.problems().toString());
        Result<SiteConfig> notMaps = SiteConfigParser.parse("base_url: https://example.org\nsource_language: en\nlanguages:\n  - en\n");
        assertNull(notMaps.value());
        assertTrue(notMaps.problems().stream().anyMatch(p -> p.message().equals("each language must be a map") && p.line() == 4), notMaps.problems().toString());
    }

    @Test
    void aLanguageWithoutItsNameIsReportedAndNotUsed() {
        Result<SiteConfig> r = SiteConfigParser.parse(VALID.replace("    name: Português\n", ""));
        assertNull(r.value());
        assertEquals(List.of(Problem.error(Path.of("site.yaml"), 8, "missing required field \"name\"",
                "add `name: ` with the language's name in itself, e.g. Čeština")), r.problems());
    }

    @Test
    void aFileThatIsNotAMapIsOneProblem() {
        Problem p = only(SiteConfigParser.parse("- just\n- a list\n"));
        assertEquals("site.yaml must be a map of settings", p.message());
    }
}
