package org.decisionguide.load;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's parsing extension point, taught YAML front matter (JBake 2.7.0 only knows {@code key=value}
 * headers; jbake#231, #719, #780). Registered for {@code md} in JBake's engine registry and driven by
 * {@link ArticleParser} on text already in memory: JBake's own file reading, crawler and OrientDB store are
 * not used (docs/decisions/0001-engine.md).
 *
 * <p>The header is split here and parsed by {@link SafeYaml}; the body is left as Markdown, which the
 * render stage turns into HTML with the project's own Flexmark options.
 */
public final class FrontMatterEngine extends MarkupEngine {

    static final String SPLIT = "guide.split";
    static final String ERROR = "guide.error";

    @Override
    public void processHeader(ParserContext context) {
        try {
            context.getDocumentModel().put(SPLIT, FrontMatterSplitter.split(context.getFileLines()));
        } catch (YamlError e) {
            context.getDocumentModel().put(ERROR, e);
        }
    }

    @Override
    public void processBody(ParserContext context) {
        Object split = context.getDocumentModel().get(SPLIT);
        context.setBody(split instanceof FrontMatterSplitter.Split s ? s.body() : "");
    }
}
