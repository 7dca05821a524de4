package dev.vpclab.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.i18n.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One JSON value of an input file with where it is ({@code $.Vpcs[0]}), and typed reads of its
 * fields that fail naming the file, the line, the JSON path and what was expected. A missing field
 * or an empty array is never an error; a field of the wrong type is.
 */
record Item(SourceFile file, String path, String pointer, JsonNode node) {

    static Item root(SourceFile file, JsonNode node) {
        return new Item(file, "$", "", node);
    }

    Item field(String name) {
        return new Item(file, path + "." + name, pointer + "/" + name, node.path(name));
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** A string field that must be there. */
    String text(String name) throws ImportFailure {
        return optText(name).orElseThrow(() -> field(name).failure("import.expected.string"));
    }

    Optional<String> optText(String name) throws ImportFailure {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode() || v.isBinary()) {
            throw field(name).failure("import.expected.string");
        }
        String s = v.asText();
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    Optional<Integer> optInt(String name) throws ImportFailure {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return Optional.of(v.intValue());
        }
        if (v.isTextual()) {
            try {
                return Optional.of(Integer.parseInt(v.asText().trim()));
            } catch (NumberFormatException e) {
                // fall through to the located failure
            }
        }
        throw field(name).failure("import.expected.integer");
    }

    boolean bool(String name, boolean fallback) throws ImportFailure {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()
                && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        throw field(name).failure("import.expected.boolean");
    }

    /** The elements of an array field; missing or null is empty. */
    List<Item> items(String name) throws ImportFailure {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw field(name).failure("import.expected.array");
        }
        List<Item> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(
                    new Item(
                            file,
                            path + "." + name + "[" + i + "]",
                            pointer + "/" + name + "/" + i,
                            v.get(i)));
        }
        return out;
    }

    /** An object field, if present. */
    Optional<Item> object(String name) throws ImportFailure {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw field(name).failure("import.expected.object");
        }
        return Optional.of(field(name));
    }

    /**
     * Strings of an array field, or of one field of each object of it ({@code Groups[].GroupId}).
     */
    List<String> texts(String name, String inner) throws ImportFailure {
        List<String> out = new ArrayList<>();
        for (Item i : items(name)) {
            if (inner == null) {
                if (!i.node.isValueNode()) {
                    throw i.failure("import.expected.string");
                }
                out.add(i.node.asText());
            } else {
                i.optText(inner).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A failure at this value: the file, its line, its JSON path and what was expected. */
    ImportFailure failure(String expectedKey, Object... args) {
        Message expected = Message.of(expectedKey, args);
        int line = lineOf(file.text(), pointer);
        return new ImportFailure(
                line > 0
                        ? Message.of("import.error.field", file.name(), line, path, expected)
                        : Message.of("import.error.fieldNoLine", file.name(), path, expected));
    }

    /** An item whose value is not what a field must hold, for a value parsed by the caller. */
    ImportFailure invalid(String name, String why) {
        return field(name).failure("import.expected.value", why);
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * The line where the value at a JSON pointer starts; read again only when a failure needs it.
     */
    static int lineOf(String text, String pointer) {
        // A value another reader made (Terraform state in the Describe shapes) is not in the
        // text: its nearest ancestor that is gives the line.
        for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
            int line = lineOfExactly(text, at);
            if (line > 0 || at.isEmpty()) {
                return line;
            }
        }
    }

    private static int lineOfExactly(String text, String pointer) {
        try (JsonParser p = FACTORY.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME
                        && t != JsonToken.END_OBJECT
                        && t != JsonToken.END_ARRAY
                        && p.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return p.getTokenLocation().getLineNr();
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
