package org.decisionguide.serve;

import org.decisionguide.model.Problem;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What {@code ./guide serve} shows in the browser while the last build failed: the same {@code file:line: message —
 * fix} lines the terminal prints, as a panel at the top of every page (the page below is the last good build) or, when
 * no build has succeeded yet, as a page of its own. Messages quote content, so every text is HTML-escaped; the look
 * comes from a stylesheet file and the page carries no script of its own, so the site's CSP needs no exception.
 */
final class ProblemsPanel {
    static final String CSS_PATH = "/__guide/problems.css";
    static final byte[] CSS = (".guide-problems{background:#fff4f4;color:#1b1b1b;border-bottom:4px solid #a3001b;"
            + "padding:.75rem 1rem;font:1rem/1.5 system-ui,sans-serif;margin:0}"
            + ".guide-problems summary,.guide-problems h1{font-weight:700;color:#8a0015;font-size:1.1rem;margin:0;cursor:pointer}"
            + ".guide-problems p{margin:.5rem 0}.guide-problems ol{margin:.5rem 0 0;padding-left:1.5rem}"
            + ".guide-problems li{margin:.35rem 0}.guide-problems code{font:700 .95em ui-monospace,monospace;overflow-wrap:anywhere}"
            + ".guide-problems .guide-fix{color:#3d3d3d}\n").getBytes(StandardCharsets.UTF_8);

    private ProblemsPanel() {}

    /** The panel put at the top of each page of the last good build. */
    static String panel(List<Problem> problems) {
        return "<aside class=\"guide-problems\" lang=\"en\" aria-labelledby=\"guide-problems-title\"><details open>"
                + "<summary id=\"guide-problems-title\">" + esc(headline(problems)) + "</summary>"
                + "<p>This page is from the last good build. Fix the files and save: open pages reload by themselves.</p>"
                + list(problems) + "</details></aside>\n";
    }

    /** The whole page served at every address until a first build succeeds. */
    static String page(List<Problem> problems) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(headline(problems)) + "</title>\n<link rel=\"stylesheet\" href=\"" + CSS_PATH + "\">\n"
                + "<script src=\"/__guide/reload.js\" defer></script>\n</head>\n<body>\n"
                + "<main class=\"guide-problems\"><h1>" + esc(headline(problems)) + "</h1>"
                + "<p>There is no good build to show yet. Fix the files and save: this page reloads by itself.</p>"
                + list(problems) + "</main>\n</body>\n</html>\n";
    }

    static String headline(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return "The build failed: " + count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "");
    }

    private static String list(List<Problem> problems) {
        StringBuilder b = new StringBuilder("<ol>");
        // Errors first: they are what stops the build.
        problems.stream().sorted((x, y) -> Boolean.compare(y.isError(), x.isError())).forEach(p -> {
            String where = p.line() > 0 ? p.file() + ":" + p.line() : p.file().toString();
            b.append("<li><code>").append(esc(where)).append("</code> ")
                    .append(p.isError() ? "" : "warning: ").append(esc(p.message()));
            if (!p.fix().isEmpty()) b.append(" <span class=\"guide-fix\">— ").append(esc(p.fix())).append("</span>");
            b.append("</li>");
        });
        return b.append("</ol>").toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
