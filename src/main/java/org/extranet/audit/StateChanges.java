package org.extranet.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.extranet.audit.AuditEntry.Change;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the two JSON states of an event and lists the fields that differ, as plain text. */
final class StateChanges {

    private static final TypeReference<LinkedHashMap<String, @Nullable Object>> STATE = new TypeReference<>() {
    };

    private final JsonMapper json;

    StateChanges(JsonMapper json) {
        this.json = json;
    }

    List<Change> between(@Nullable String before, @Nullable String after) {
        Map<String, @Nullable Object> was = read(before);
        Map<String, @Nullable Object> is = read(after);
        var fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        var changes = new ArrayList<Change>();
        for (String field : fields) {
            Object old = was.get(field);
            Object now = is.get(field);
            if (before != null && after != null && Objects.equals(old, now)) {
                continue;
            }
            changes.add(new Change(field, was.containsKey(field) ? text(old) : null,
                    is.containsKey(field) ? text(now) : null));
        }
        return changes;
    }

    private Map<String, @Nullable Object> read(@Nullable String state) {
        return state == null ? Map.of() : json.readValue(state, STATE);
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(StateChanges::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }
}
