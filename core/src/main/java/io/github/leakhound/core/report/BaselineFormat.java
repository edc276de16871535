package io.github.leakhound.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a baseline entry, both ways, kept in one place so reading and writing cannot drift. */
final class BaselineFormat {

    private BaselineFormat() {
    }

    static Map<String, Object> json(BaselineEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fingerprint", entry.fingerprint().value());
        json.put("rule", entry.rule());
        json.put("file", entry.file());
        json.put("message", entry.message());
        return json;
    }

    static List<BaselineEntry> entries(Object document) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("findings") instanceof List<?> findings)) {
            throw new IllegalArgumentException("expected an object with a \"findings\" array");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (Object finding : findings) {
            if (!(finding instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException("expected every finding to be an object");
            }
            entries.add(new BaselineEntry(new Fingerprint(text(fields, "fingerprint")), text(fields, "rule"),
                    text(fields, "file"), text(fields, "message")));
        }
        return entries;
    }

    private static String text(Map<?, ?> fields, String name) {
        if (!(fields.get(name) instanceof String value)) {
            throw new IllegalArgumentException("expected the string \"" + name + "\" in every finding");
        }
        return value;
    }
}
