package org.decisionguide.load;

import org.decisionguide.Fixtures;
import org.decisionguide.model.Article;
import org.decisionguide.model.Problem;
import org.decisionguide.model.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An article's cited source is a web page a reader can open: an https address that is a valid URL. */
class SourceUrlTest {
    private static final Path FILE = Path.of("content/en/articles/a.md");

    /** The line of {@code url:} in the fixture article. */
    private static final int URL_LINE = List.of(Fixtures.articleText("", "Body").split("\n")).indexOf("  url: https://example.org/") + 1;

    private static Result<Article> withUrl(String url) {
        return ArticleParser.parse(FILE, "en", "a", Fixtures.articleText("", "Body").replace("https://example.org/", url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/paper.pdf", "file:///etc/passwd", "mailto:author@example.org", "example.org/paper",
            "data:text/html,<p>x</p>"})
    void otherSchemesAreRefusedWithTheirOwnMessage(String url) {
        Result<Article> r = withUrl(url);
        assertNull(r.value(), "the article is not published");
        assertEquals(List.of(Problem.error(FILE, URL_LINE, "source url must be an https:// address: " + url, "write the full https:// address")),
                r.problems());
    }

    @org.junit.jupiter.api.Test
    void plainHttpIsRefusedWithTheHttpsAddressOrAnArchivedCopyAsTheFix() {
        Result<Article> r = withUrl("http://example.org/old-paper");
        assertNull(r.value(), "the article is not published");
        assertEquals(List.of(Problem.error(FILE, URL_LINE, "source url must be an https:// address: http://example.org/old-paper",
                "write https://example.org/old-paper if the site serves it; if it does not, cite an archived copy "
                        + "(https://web.archive.org/web/http://example.org/old-paper)")), r.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.org/a paper       | spaces",
            "https://example.org/<script>      | angle brackets",
            "https://exa mple.org/             | a space in the host",
    })
    void malformedWebAddressesAreRefused(String url, String why) {
        Result<Article> r = withUrl(url.strip());
        assertNull(r.value(), why);
        assertEquals(List.of(Problem.error(FILE, URL_LINE, "source url is not a valid address: " + url.strip(),
                "percent-encode spaces, quotes and angle brackets (%20, %22, %3C, %3E)")), r.problems(), why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/2312.05934", "https://example.org/a%20paper?x=1#s"})
    void webAddressesAreAccepted(String url) {
        Result<Article> r = withUrl(url);
        assertEquals(List.of(), r.problems());
        assertEquals(url, r.value().meta().source().url());
    }
}
