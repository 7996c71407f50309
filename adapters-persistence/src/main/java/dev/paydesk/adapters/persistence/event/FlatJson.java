package dev.paydesk.adapters.persistence.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON text for the flat event payloads of the outbox: one object whose values are strings,
 * whole numbers (read back as {@link Long}), booleans or null. Nothing more, so it stays small
 * and obviously correct; anything else is refused in both directions.
 */
public final class FlatJson {
    private FlatJson() {
    }

    public static String write(Map<String, Object> object) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, entry.getKey());
            out.append(':');
            Object value = entry.getValue();
            if (value == null) {
                out.append("null");
            } else if (value instanceof String text) {
                writeString(out, text);
            } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
                out.append(value);
            } else {
                throw new IllegalArgumentException("not a flat JSON value: " + value.getClass().getName());
            }
        }
        return out.append('}').toString();
    }

    /** The object in document order; {@link IllegalArgumentException} for anything but a flat object. */
    public static Map<String, Object> read(String json) {
        return new Reader(json).object();
    }

    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final class Reader {
        private final String json;
        private int at;

        Reader(String json) {
            if (json == null) {
                throw new IllegalArgumentException("no JSON text");
            }
            this.json = json;
        }

        Map<String, Object> object() {
            Map<String, Object> result = new LinkedHashMap<>();
            skipSpace();
            expect('{');
            skipSpace();
            if (peek() == '}') {
                at++;
            } else {
                while (true) {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    expect(':');
                    skipSpace();
                    if (result.containsKey(key)) {
                        throw error("duplicate key " + key);
                    }
                    result.put(key, value());
                    skipSpace();
                    char next = next();
                    if (next == '}') {
                        break;
                    }
                    if (next != ',') {
                        throw error("expected , or }");
                    }
                }
            }
            skipSpace();
            if (at != json.length()) {
                throw error("text after the object");
            }
            return Collections.unmodifiableMap(result);
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                return number();
            }
            if (json.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            }
            if (json.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            if (json.startsWith("null", at)) {
                at += 4;
                return null;
            }
            throw error("not a flat value");
        }

        private Long number() {
            int start = at;
            if (peek() == '-') {
                at++;
            }
            int digits = at;
            while (at < json.length() && Character.isDigit(json.charAt(at)) && json.charAt(at) < 128) {
                at++;
            }
            if (at == digits || (json.charAt(digits) == '0' && at - digits > 1)) {
                throw error("not a whole number");
            }
            if (at < json.length() && (json.charAt(at) == '.' || json.charAt(at) == 'e' || json.charAt(at) == 'E')) {
                throw error("only whole numbers are allowed");
            }
            try {
                return Long.parseLong(json.substring(start, at));
            } catch (NumberFormatException overflow) {
                throw error("number out of range");
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("unescaped control character");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escape = next();
                switch (escape) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > json.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                        } catch (NumberFormatException bad) {
                            throw error("bad \\u escape");
                        }
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + escape);
                }
            }
        }

        private void skipSpace() {
            while (at < json.length() && (json.charAt(at) == ' ' || json.charAt(at) == '\n' || json.charAt(at) == '\r' || json.charAt(at) == '\t')) {
                at++;
            }
        }

        private char peek() {
            if (at >= json.length()) {
                throw error("unexpected end");
            }
            return json.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("expected " + c);
            }
        }

        private IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("not a flat JSON object (" + problem + " at " + at + ")");
        }
    }
}
