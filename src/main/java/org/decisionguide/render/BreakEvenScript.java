package org.decisionguide.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The calculator's formulas as shipped to the browser ({@code assets/js/break-even-core.js}), run by Rhino so the
 * build computes the default scenario with the very code the reader's browser runs. Values cross as JSON.
 * Calls are serialized: the script's scope is shared and the calculator has only one page per language.
 */
public final class BreakEvenScript {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScriptableObject scope;

    private BreakEvenScript(ScriptableObject scope) {
        this.scope = scope;
    }

    /** Compiles and runs the script once; a syntax or run-time error names the script's line. */
    public static BreakEvenScript load(String name, String source) throws ScriptError {
        Context cx = Context.enter();
        try {
            cx.setOptimizationLevel(-1); // interpreted: starts fast, and the script is small
            cx.setLanguageVersion(Context.VERSION_ES6);
            ScriptableObject scope = cx.initSafeStandardObjects();
            cx.evaluateString(scope, source, name, 1, null);
            if (!(ScriptableObject.getProperty(scope, "BreakEven") instanceof Scriptable)) {
                throw new ScriptError(0, "the script does not define BreakEven");
            }
            return new BreakEvenScript(scope);
        } catch (RhinoException e) {
            throw new ScriptError(e.lineNumber(), e.details());
        } finally {
            Context.exit();
        }
    }

    /** {@code BreakEven.read(values)}: the default values checked by the script's own input rules. */
    public JsonNode read(Object values) {
        return call("BreakEven.read(a, null)", values, null, null, null);
    }

    /** {@code BreakEven.check(id, text, fmt)}: what is wrong with one typed value ({@code code}, {@code limit}), or null. */
    public JsonNode check(String id, String text, Object fmt) {
        return call("BreakEven.check(a, b, c)", id, text, fmt, null);
    }

    /** {@code BreakEven.sensitivity(values)}: every input at −50 % and +50 %, largest swing first. */
    public JsonNode sensitivity(Object values) {
        return call("BreakEven.sensitivity(a)", values, null, null, null);
    }

    /** {@code BreakEven.compute(values)}: every figure, unformatted. */
    public JsonNode compute(Object values) {
        return call("BreakEven.compute(a)", values, null, null, null);
    }

    /** {@code BreakEven.present(values, texts)}: the page's strings for a scenario. */
    public JsonNode present(Object values, Object texts) {
        return call("BreakEven.present(a, b)", values, texts, null, null);
    }

    /** {@code BreakEven.page(values, texts, link, date)}: a language's figures, fields, query and record in one call. */
    public JsonNode page(Object values, Object texts, String link, String date) {
        return call("BreakEven.page(a, b, c, d)", values, texts, link, date);
    }

    /** {@code BreakEven.INPUTS}: the inputs in form order, with their groups and limits. */
    public JsonNode inputs() {
        return call("BreakEven.INPUTS", null, null, null, null);
    }

    private synchronized JsonNode call(String expression, Object a, Object b, Object c, Object d) {
        Context cx = Context.enter();
        try {
            cx.setOptimizationLevel(-1);
            cx.setLanguageVersion(Context.VERSION_ES6);
            Scriptable local = cx.newObject(scope);
            local.setPrototype(scope);
            local.setParentScope(null);
            String source = "JSON.stringify((function (a, b, c, d) { return " + expression + "; })("
                    + json(a) + ", " + json(b) + ", " + json(c) + ", " + json(d) + "))";
            Object out = cx.evaluateString(local, source, "break-even call", 1, null);
            return JSON.readTree(Context.toString(out));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the calculator script returned no JSON: " + e.getOriginalMessage(), e);
        } catch (RhinoException e) {
            throw new IllegalStateException("the calculator script failed: " + e.details(), e);
        } finally {
            Context.exit();
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The script cannot be loaded; {@code line} is in the script file (0 when unknown). */
    public static final class ScriptError extends Exception {
        private final int line;

        ScriptError(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
