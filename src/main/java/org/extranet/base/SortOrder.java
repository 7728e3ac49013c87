package org.extranet.base;

/** One key a list is sorted by, and which way. {@code K} is the list's own enum of sortable columns. */
public record SortOrder<K>(K key, boolean descending) {

    public static <K> SortOrder<K> ascending(K key) {
        return new SortOrder<>(key, false);
    }

    public static <K> SortOrder<K> descending(K key) {
        return new SortOrder<>(key, true);
    }
}
