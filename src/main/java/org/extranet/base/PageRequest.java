package org.extranet.base;

import java.util.List;

/**
 * One page of a list, as every list asks its service for one: from which row, how many, sorted by
 * which of the list's keys (none: the list's own order). The size is capped here, once for every
 * list, so that no caller can have a whole table read in one go. A list in one fixed order takes
 * {@code PageRequest<Void>}, which can carry no sort keys.
 */
public record PageRequest<K>(int offset, int limit, List<SortOrder<K>> sort) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, MAX_LIMIT);
        sort = List.copyOf(sort);
    }

    /** A page in the list's own order. */
    public static <K> PageRequest<K> of(int offset, int limit) {
        return new PageRequest<>(offset, limit, List.of());
    }
}
