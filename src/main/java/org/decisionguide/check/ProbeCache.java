package org.decisionguide.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers of external addresses kept for a day in a JSON file, so a second check the same day (a re-run, a fix of
 * one link) does not ask every server again. Only lasting answers are kept (ok, moved, dead).
 */
public final class ProbeCache {
    public static final Duration TTL = Duration.ofDays(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(Instant checked, HttpProbe.Outcome outcome) {}

    private final Path file;
    private final Map<URI, Entry> entries = new ConcurrentHashMap<>();

    private ProbeCache(Path file) {
        this.file = file;
    }

    /** The cache in {@code file}; a missing or unreadable file is an empty cache. */
    public static ProbeCache open(Path file) {
        ProbeCache c = new ProbeCache(file);
        try {
            if (!Files.isRegularFile(file)) return c;
            for (JsonNode n : JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("results")) {
                List<String> hops = new ArrayList<>();
                n.path("hops").forEach(h -> hops.add(h.asText()));
                c.entries.put(URI.create(n.path("url").asText()), new Entry(Instant.parse(n.path("checked").asText()),
                        new HttpProbe.Outcome(HttpProbe.Kind.valueOf(n.path("kind").asText()), n.path("status").asInt(),
                                URI.create(n.path("final").asText()), hops, "")));
            }
        } catch (IOException | RuntimeException e) {
            c.entries.clear(); // a damaged cache only costs a full check
        }
        return c;
    }

    public HttpProbe.Outcome get(URI url, Instant now) {
        Entry e = entries.get(url);
        return e != null && e.checked().plus(TTL).isAfter(now) ? e.outcome() : null;
    }

    public void put(URI url, HttpProbe.Outcome outcome, Instant now) {
        if (outcome.kind().lasting()) entries.put(url, new Entry(now, outcome));
    }

    /** Writes the fresh entries (older ones are dropped) atomically. */
    public void save(Instant now) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode results = root.putArray("results");
        entries.entrySet().stream().filter(e -> e.getValue().checked().plus(TTL).isAfter(now))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    ObjectNode n = results.addObject();
                    HttpProbe.Outcome o = e.getValue().outcome();
                    n.put("url", e.getKey().toString()).put("checked", e.getValue().checked().toString())
                            .put("kind", o.kind().name()).put("status", o.status()).put("final", o.finalUrl().toString());
                    ArrayNode hops = n.putArray("hops");
                    o.hops().forEach(hops::add);
                });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
