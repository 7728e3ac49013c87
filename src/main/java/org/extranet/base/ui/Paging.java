package org.extranet.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;

/**
 * What a grid or combo box asks its data provider for, as the page request the services take.
 * A sortable column's sort property (or key) is the name of one of the list's sort keys.
 */
public final class Paging {

    private Paging() {
    }

    public static <K extends Enum<K>> PageRequest<K> of(Query<?, ?> query, Class<K> keys) {
        return new PageRequest<>(query.getOffset(), query.getLimit(), query.getSortOrders().stream()
                .map(order -> new SortOrder<>(Enum.valueOf(keys, order.getSorted()),
                        order.getDirection() == SortDirection.DESCENDING))
                .toList());
    }

    /** For a list in one fixed order: its columns are not sortable. */
    public static PageRequest<Void> unsorted(Query<?, ?> query) {
        return PageRequest.of(query.getOffset(), query.getLimit());
    }
}
