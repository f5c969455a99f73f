package org.decisionguide.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Freemarker configuration: auto-escaping everywhere, no class instantiation, no API access. */
class TemplatesTest {

    private static String render(Path dir, String template, Object value) throws Exception {
        Files.writeString(dir.resolve("t.ftlh"), template);
        return new Templates(dir).render("t.ftlh", Map.of("v", value));
    }

    @Test
    void valuesAreHtmlEscaped(@TempDir Path dir) throws Exception {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", render(dir, "${v}", "<script>alert(\"x\")</script>"));
    }

    @Test
    void newCannotInstantiateClasses(@TempDir Path dir) {
        Exception e = assertThrows(Exception.class, () -> render(dir,
                "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", ""));
        assertTrue(e.getMessage().contains("not allowed") || e.getMessage().contains("Instantiating"), e.getMessage());
    }

    @Test
    void apiBuiltInIsOff(@TempDir Path dir) {
        assertThrows(Exception.class, () -> render(dir, "${v?api.getClass()}", "x"));
    }

    @Test
    void contentIsNeverEvaluatedAsATemplate(@TempDir Path dir) throws Exception {
        assertEquals("${7*7}", render(dir, "${v}", "${7*7}"));
    }

    @Test
    void theSiteTemplatesNeitherInterpretNorEvaluateNorInstantiate() throws Exception {
        try (var files = Files.list(org.decisionguide.Fixtures.repoRoot().resolve("templates"))) {
            for (Path t : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                String text = Files.readString(t);
                for (String banned : new String[]{"?interpret", "?eval", "?new", "?api", "<#ftl output_format=\"plain"}) {
                    assertTrue(!text.contains(banned), t + " uses " + banned);
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]*)\\?no_esc}").matcher(text);
                while (m.find()) {
                    assertTrue(m.group(1).endsWith("Html"), t + ": only sanitized *Html values may skip escaping, not " + m.group(1));
                }
            }
        }
    }
}
