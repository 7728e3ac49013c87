package org.extranet.user.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of an imported file, checked for shape only (not yet against the rules or the database). */
public record ImportFile(List<ImportRow> rows) {

    public ImportFile {
        rows = List.copyOf(rows);
    }

    /**
     * The rows whose e-mail address an earlier row of the file has already (in any letter case),
     * each with that earlier row's number: only the first of them is imported.
     */
    public Map<Integer, Integer> repeatedAddresses() {
        var first = new HashMap<String, Integer>();
        var repeated = new HashMap<Integer, Integer>();
        for (ImportRow row : rows) {
            String key = key(row.email());
            if (key.isEmpty()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(key, row.row());
            if (earlier != null) {
                repeated.put(row.row(), earlier);
            }
        }
        return repeated;
    }

    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
