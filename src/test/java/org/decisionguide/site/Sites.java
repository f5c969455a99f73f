package org.decisionguide.site;

import org.decisionguide.Fixtures;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sites every site-level test class checks (each class is a {@code @ParameterizedClass} over them): the repository's
 * own, and a copy with a newcomer's freshly scaffolded English article ({@link NewcomerSite}). A check that passes on
 * the first and fails on the second holds for today's content only, not for any valid content.
 */
final class Sites {

    /** A site's source folder and the name it shows in test reports. */
    record SiteUnderTest(String name, Path root) {
        Fixtures.BuiltSite build() {
            return Fixtures.BuiltSite.of(root);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Sites() {}

    static Stream<SiteUnderTest> all() {
        return Stream.of(new SiteUnderTest("the real site", Fixtures.repoRoot()),
                new SiteUnderTest("with a newcomer's English-only article", NewcomerSite.root()));
    }
}
