package dev.paydesk.adapters.http.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON Schemas of the OpenAPI document. */
public final class Schemas {
    private Schemas() {
    }

    public static Map<String, Object> string() {
        return Map.of("type", "string");
    }

    public static Map<String, Object> string(String format) {
        return Map.of("type", "string", "format", format);
    }

    public static Map<String, Object> enumeration(String... values) {
        return Map.of("type", "string", "enum", List.of(values));
    }

    public static Map<String, Object> integer() {
        return Map.of("type", "integer", "format", "int64");
    }

    public static Map<String, Object> bool() {
        return Map.of("type", "boolean");
    }

    public static Map<String, Object> arrayOf(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    public static Map<String, Object> ref(String component) {
        return Map.of("$ref", "#/components/schemas/" + component);
    }

    /** An object; properties named in {@code required} must be present. Pairs: name, schema, name, schema… */
    public static Map<String, Object> object(List<String> required, Object... namesAndSchemas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], namesAndSchemas[i + 1]);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", new ArrayList<>(required));
        }
        return schema;
    }

    /** A list page: {@code {data: [item], next_cursor}}. */
    public static Map<String, Object> page(Map<String, Object> item) {
        return object(List.of("data", "next_cursor"), "data", arrayOf(item), "next_cursor", Map.of("type", List.of("string", "null")));
    }
}
