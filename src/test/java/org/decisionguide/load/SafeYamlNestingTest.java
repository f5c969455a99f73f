package org.decisionguide.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The nesting guard holds for maps as it does for lists: a document more than {@link SafeYaml#MAX_DEPTH} levels
 * deep (counting the top-level map and the innermost value) is refused with the line where it goes too deep; one
 * exactly at the limit is read.
 */
class SafeYamlNestingTest {

    /**
     * A document {@code levels} levels deep: maps inside each other, one key a line, each indented two more spaces,
     * the innermost holding a number. The number (the last level) is on line {@code levels - 1}.
     */
    private static String levels(int levels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < levels - 2; i++) b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        return b.append("  ".repeat(levels - 2)).append("leaf: 1\n").toString();
    }

    @Test
    void mapsNestedToTheLimitAreRead() throws YamlError {
        YamlDoc d = SafeYaml.parse(levels(SafeYaml.MAX_DEPTH));
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < SafeYaml.MAX_DEPTH - 2; i++) pointer.append("/k").append(i);
        assertEquals(1, d.root().at(pointer + "/leaf").intValue());
        assertEquals(SafeYaml.MAX_DEPTH - 1, d.lines().of(pointer + "/leaf"), "the line of the innermost key");
    }

    @Test
    void oneLevelMoreIsRefusedAtTheLineThatGoesTooDeep() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse(levels(SafeYaml.MAX_DEPTH + 1)));
        assertEquals("the YAML is nested more than 40 levels deep", e.getMessage());
        assertEquals(SafeYaml.MAX_DEPTH, e.line());
        assertEquals("content files need a few levels at most; flatten this structure", e.fix());
    }

    @Test
    void farTooDeepMapsGetTheSameMessage() {
        YamlError e = assertThrows(YamlError.class, () -> SafeYaml.parse(levels(SafeYaml.MAX_DEPTH + 20)));
        assertEquals("the YAML is nested more than 40 levels deep", e.getMessage());
        assertEquals(SafeYaml.MAX_DEPTH + 1, e.line());
    }
}
