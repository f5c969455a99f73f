package org.decisionguide.pipeline;

import org.decisionguide.check.PageFacts;
import org.decisionguide.check.SiteChecker;
import org.decisionguide.model.OutputFile;
import org.jsoup.nodes.Document;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check stage's per-page facts, read again only for pages whose bytes changed: reading a page (jsoup) is the
 * check stage's cost, the cross-page checks over facts are cheap.
 */
final class CheckedPages {

    private CheckedPages() {}

    /**
     * Facts for every HTML file, in file order; taken from {@code before} when the file is byte for byte the one
     * they were read from ({@code beforeFiles}, by path); read from {@code parsed} when the search stage already
     * parsed the page.
     */
    static Map<String, PageFacts> read(SiteChecker checker, List<OutputFile> files, Map<String, PageFacts> before,
                                       Map<String, byte[]> beforeFiles, Map<String, Document> parsed) {
        List<OutputFile> html = files.stream().filter(OutputFile::isHtml).toList();
        // Reading pages is independent per page: use every core.
        List<PageFacts> read = html.parallelStream().map(f -> {
            PageFacts known = before.get(f.path());
            byte[] old = beforeFiles.get(f.path());
            boolean same = known != null && old != null && (old == f.bytes() || Arrays.equals(old, f.bytes()));
            return same ? known : checker.reader().read(f, parsed.get(f.path()));
        }).toList();
        Map<String, PageFacts> out = new LinkedHashMap<>();
        read.forEach(p -> out.put(p.path(), p));
        return out;
    }

    /** Files by path, so a page with a problem can be read again with source positions for its line numbers. */
    static Map<String, OutputFile> byPath(List<OutputFile> files) {
        Map<String, OutputFile> out = new java.util.HashMap<>();
        files.forEach(f -> out.put(f.path(), f));
        return out;
    }

    static Map<String, byte[]> bytesByPath(List<OutputFile> files) {
        Map<String, byte[]> out = new java.util.HashMap<>();
        files.forEach(f -> out.put(f.path(), f.bytes()));
        return out;
    }
}
