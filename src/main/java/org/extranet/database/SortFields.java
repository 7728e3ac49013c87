package org.extranet.database;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.extranet.base.SortOrder;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * A list's sort keys as the fields of its {@code ORDER BY}: each key's fields (the list's own order
 * when no key is chosen), any fields the list breaks ties by, then always the id, in the direction
 * of the field before it. The id makes the order total, so that pages neither repeat nor skip a
 * row; following the field before it, one index ending in the id serves the order forwards and
 * backwards.
 */
public final class SortFields {

    private SortFields() {
    }

    /**
     * @param sort the keys chosen, first the most significant
     * @param byDefault the list's own order, when no key is chosen
     * @param fields what one key sorts by, in its direction (see {@link #in})
     * @param id the rows' id, the last tie-breaker
     */
    public static <K> List<SortField<?>> of(List<SortOrder<K>> sort, SortOrder<K> byDefault,
                                            Function<SortOrder<K>, List<SortField<?>>> fields, Field<?> id) {
        return of(sort, byDefault, fields, List.of(), id);
    }

    /** As {@link #of(List, SortOrder, Function, Field)}, rows alike in the keys ordered by {@code ties} before the id. */
    public static <K> List<SortField<?>> of(List<SortOrder<K>> sort, SortOrder<K> byDefault,
                                            Function<SortOrder<K>, List<SortField<?>>> fields,
                                            List<SortField<?>> ties, Field<?> id) {
        var order = new ArrayList<SortField<?>>();
        for (SortOrder<K> key : sort.isEmpty() ? List.of(byDefault) : sort) {
            order.addAll(fields.apply(key));
        }
        order.addAll(ties);
        boolean descending = !order.isEmpty() && order.getLast().getOrder() == org.jooq.SortOrder.DESC;
        order.add(descending ? id.desc() : id.asc());
        return order;
    }

    /** The fields, each in the key's direction. */
    public static List<SortField<?>> in(SortOrder<?> key, Field<?>... fields) {
        var order = new ArrayList<SortField<?>>();
        for (Field<?> field : fields) {
            order.add(key.descending() ? field.desc() : field.asc());
        }
        return order;
    }
}
