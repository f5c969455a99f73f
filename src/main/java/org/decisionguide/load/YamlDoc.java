package org.decisionguide.load;

import com.fasterxml.jackson.databind.JsonNode;
import org.decisionguide.model.KeyLines;

/** A parsed YAML document: the tree and the line of every key, for problems that name a line. */
public record YamlDoc(JsonNode root, KeyLines lines) {}
