package org.decisionguide.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A test's browser leaves nothing behind in the temporary folder: its profile and Chromium's own files go with it. */
class BrowserCleanupTest {

    @Test
    void quittingTheBrowserDeletesItsProfileAndTemporaryFiles() throws Exception {
        WebDriver d = Browser.chromium(true);
        Path home;
        try {
            d.get("data:text/html,<title>t</title>");
            Map<?, ?> chrome = (Map<?, ?>) ((HasCapabilities) d).getCapabilities().getCapability("chrome");
            Path profile = Path.of(String.valueOf(chrome.get("userDataDir")));
            home = profile.getParent();
            assertTrue(Files.isDirectory(profile) && home.getFileName().toString().startsWith("guide-chromium"), profile.toString());
            assertTrue(Files.isDirectory(home.resolve("tmp")), "Chromium's own temporary files have a folder inside it");
        } finally {
            d.quit();
        }
        assertFalse(Files.exists(home), home + " is left behind");
    }
}
