package org.decisionguide.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The project's own Freemarker configuration (JBake's is fixed at 2.3.0 compatibility without
 * auto-escaping): every template is HTML output with auto-escaping, {@code ?new} may instantiate no class,
 * {@code ?api} is off, and errors are thrown to the caller instead of being printed into pages.
 */
public final class Templates {
    private final Configuration cfg;
    private final java.util.Set<String> messageKeys = new java.util.TreeSet<>();

    public Templates(Path dir) throws IOException {
        // Every t("key") written in a template, even in branches no page takes in this build.
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("\\bt\\(\\s*\"([A-Za-z0-9_]+)\"");
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                java.util.regex.Matcher m = call.matcher(java.nio.file.Files.readString(f));
                while (m.find()) messageKeys.add(m.group(1));
            }
        }
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new FileTemplateLoader(dir.toFile()));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
    }

    public java.util.Set<String> messageKeys() {
        return java.util.Collections.unmodifiableSet(messageKeys);
    }

    public String render(String template, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter(16_384);
        cfg.getTemplate(template).process(model, out);
        return out.toString();
    }
}
