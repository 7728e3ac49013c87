package org.extranet.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/**
 * A grid's rows in words ("3 users"), next to the grid, following its filters; and the grid's
 * height following its rows. The number is the one the grid's data provider counted (the
 * service's count query), not a second query. Announced politely, so that a screen reader hears
 * how many rows a filter leaves.
 */
public class RowCount extends Span {

    /**
     * Up to this many rows the grid shows them all and is as tall as they are; a longer list
     * scrolls, a page at a time, in a box no taller than the screen (grids.css).
     */
    static final int ALL_VISIBLE_UP_TO = 10;

    private final String key;
    private long count;

    /**
     * Counts the rows of this grid. {@code key} names the translations {@code key.one},
     * {@code key.few} and {@code key.many}, each with {@code {0}} for the number.
     */
    public RowCount(Grid<?> grid, String key) {
        this.key = key;
        addClassName("row-count");
        getElement().setAttribute("role", "status");
        grid.addClassName("fitted-grid");
        grid.getGenericDataView().addItemCountChangeListener(change -> {
            show(change.getItemCount());
            grid.setAllRowsVisible(change.getItemCount() <= ALL_VISIBLE_UP_TO);
        });
    }

    private void show(long rows) {
        count = rows;
        setText(getTranslation(Plural.of(rows, getLocale()).key(key), rows));
    }

    /** The number shown, for tests. */
    public long count() {
        return count;
    }
}
