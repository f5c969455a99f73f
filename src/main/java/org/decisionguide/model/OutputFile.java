package org.decisionguide.model;

import java.nio.charset.StandardCharsets;

/**
 * One file of the built site.
 *
 * @param path path inside the output folder, with forward slashes and no leading slash ("en/index.html")
 */
public record OutputFile(String path, byte[] bytes) {

    public boolean isHtml() {
        return path.endsWith(".html");
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
