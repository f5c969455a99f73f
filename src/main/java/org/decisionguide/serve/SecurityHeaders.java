package org.decisionguide.serve;

import org.decisionguide.render.SiteRenderer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers the site needs from whatever serves it. A meta tag cannot carry {@code frame-ancestors}, so the
 * header form of the CSP adds it. {@code serve} sends these; {@code _headers} ships them for static hosts.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    public static Map<String, String> all() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", SiteRenderer.CSP + "; frame-ancestors 'none'");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        return h;
    }
}
