package org.decisionguide.pipeline;

import java.nio.file.Path;

/**
 * How to build.
 *
 * @param strict  missing translations fail the build (also switched on by {@code strict: true} in site.yaml)
 * @param baseUrl overrides site.yaml's base_url (serve uses its own address), or null
 * @param drafts  render articles marked {@code draft: true} (the live preview does, with a banner)
 */
public record BuildOptions(Path root, boolean strict, String baseUrl, boolean drafts) {

    public BuildOptions(Path root, boolean strict, String baseUrl) {
        this(root, strict, baseUrl, false);
    }
}
