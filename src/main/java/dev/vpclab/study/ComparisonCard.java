package dev.vpclab.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference card the exam expects: gateway endpoint, interface endpoint and NAT gateway side by
 * side (services, how traffic is directed, Region scope, on-premises and peered access, security
 * groups, policies, cost), in English and Korean. The app shows it and links to it from the
 * challenges.
 */
public record ComparisonCard(LocalizedText title, List<Column> columns, List<Row> rows) {
    /** Where the shipped card is on the class path. */
    public static final String RESOURCE = "/assets/study/comparison.yaml";

    public ComparisonCard {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One thing compared, for example {@code natGateway}. */
    public record Column(String id, LocalizedText title) {
        public Column {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
        }
    }

    /** One aspect, with a cell per column id. */
    public record Row(LocalizedText aspect, Map<String, LocalizedText> cells) {
        public Row {
            Objects.requireNonNull(aspect, "aspect");
            cells = Map.copyOf(cells);
        }

        /** The cell of a column. */
        public Optional<LocalizedText> cell(String columnId) {
            return Optional.ofNullable(cells.get(columnId));
        }
    }

    /** The card shipped with the app. */
    public static ComparisonCard standard() {
        try (InputStream in = ComparisonCard.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a card; a missing field or a row without a cell for a column is an error. */
    public static ComparisonCard read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || !"vpclab-comparison/1".equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a vpclab-comparison/1 file");
        }
        List<Column> columns = new ArrayList<>();
        for (JsonNode c : root.path("columns")) {
            columns.add(new Column(required(c, "id").asText(), text(c, "title")));
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : root.path("rows")) {
            Map<String, LocalizedText> cells = new LinkedHashMap<>();
            for (Column c : columns) {
                cells.put(c.id(), text(required(r, "cells"), c.id()));
            }
            rows.add(new Row(text(r, "aspect"), cells));
        }
        return new ComparisonCard(text(root, "title"), columns, rows);
    }

    private static LocalizedText text(JsonNode node, String field) {
        JsonNode t = required(node, field);
        // A plain YAML scalar such as Yes or an unquoted comma inside a flow map silently changes a
        // cell (to "true", or to a cut label plus a stray key): only exactly en and ko, as text.
        if (!t.isObject() || t.size() != 2) {
            throw new IllegalArgumentException(
                    "the comparison card's " + field + " must have exactly en and ko, got " + t);
        }
        return new LocalizedText(words(t, field, "en"), words(t, field, "ko"));
    }

    private static String words(JsonNode text, String field, String language) {
        JsonNode v = required(text, language);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(
                    "the comparison card's "
                            + field
                            + "."
                            + language
                            + " must be quoted text, got "
                            + v);
        }
        return v.asText();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the comparison card misses " + field);
        }
        return v;
    }
}
