package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.FilterBar;
import org.extranet.base.ui.Paging;
import org.extranet.base.ui.RowActions;
import org.extranet.base.ui.SelectionColumnNames;
import org.extranet.base.ui.Times;
import org.extranet.company.CompanySummary;
import org.extranet.user.UserListQuery.SortKey;

/**
 * One company's users as a grid: name, e-mail, permissions, status and last sign-in, with the row
 * actions at the end. The filter bar's search and status, the sorting and the paging all go to
 * the database.
 */
final class UserGrid extends Grid<UserRow> {

    private final CompanySummary company;
    private final FilterBar<UserStatus> filters;
    private final DateTimeFormatter time;

    UserGrid(UserDirectory directory, CompanySummary company, FilterBar<UserStatus> filters,
             SerializableFunction<UserRow, List<Button>> actions) {
        this.company = company;
        this.filters = filters;
        this.time = Times.dateTime(getLocale());
        setAriaLabel(getTranslation("admin-panel.grid", company.name()));
        // Text columns start at a width and share what is left; their cells wrap (a long e-mail
        // address too), so that at 1366 px every column fits beside the others.
        addColumn(UserRow::fullName).setHeader(getTranslation("admin-panel.name"))
                .setSortProperty(SortKey.NAME.name()).setWidth("11rem");
        addColumn(UserRow::email).setHeader(getTranslation("admin-panel.email"))
                .setSortProperty(SortKey.EMAIL.name()).setWidth("15rem");
        addColumn(this::permissionLabels).setHeader(getTranslation("admin-panel.permissions"))
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(this::permissionLabels);
        // Rendered in the browser from two values: a badge component per row cost two state nodes
        // (about 2.5 kB of heap) in every session that shows the list.
        addColumn(LitRenderer.<UserRow>of("<span theme=\"badge ${item.tone}\">${item.status}</span>")
                .withProperty("status", row -> filters.statusLabel(row.status()))
                .withProperty("tone", UserGrid::tone)).setHeader(getTranslation("admin-panel.status"))
                // Wide enough for the longest badge and for the header with its sort arrow: measured on the
                // first page's badges alone, the header wrapped in two ("Statu s").
                .setSortProperty(SortKey.STATUS.name()).setWidth("9rem").setFlexGrow(0);
        addColumn(this::lastSignIn).setHeader(getTranslation("admin-panel.last-sign-in"))
                .setSortProperty(SortKey.LAST_SIGN_IN.name()).setAutoWidth(true).setFlexGrow(0);
        RowActions.addTo(this, getTranslation("admin-panel.actions"), actions::apply);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("admin-panel.empty"));
        // Rows are the same user by id: a refreshed row stays selected, and "select all matching"
        // selects users by id whether or not their rows were loaded.
        setItems(new CallbackDataProvider<UserRow, Void>(query -> directory.listUsers(listQuery(query)).stream(),
                query -> directory.countUsers(listQuery(query)), UserRow::id));
        setSelectionMode(SelectionMode.MULTI);
        addAttachListener(attach -> SelectionColumnNames.name(this, getTranslation("bulk.selection-column"),
                getTranslation("bulk.select-row")));
    }

    /** The ids of the selected users, in the order they were selected. */
    List<Long> selectedIds() {
        return getSelectedItems().stream().map(UserRow::id).toList();
    }

    /** Selects these users by id, loaded or not; the rest are deselected. */
    void selectOnly(List<Long> userIds) {
        deselectAll();
        var rows = new LinkedHashSet<UserRow>();
        userIds.forEach(id -> rows.add(UserRow.placeholder(id)));
        asMultiSelect().select(rows);
    }

    private UserListQuery listQuery(Query<UserRow, Void> query) {
        return new UserListQuery(company.id(), filters.searchText(), filters.status(), Paging.of(query, SortKey.class));
    }

    private String permissionLabels(UserRow row) {
        return row.permissions().stream().map(code -> getTranslation("permission." + code))
                .collect(Collectors.joining(", "));
    }

    private static String tone(UserRow row) {
        return switch (row.status()) {
            case ACTIVE -> "success";
            case LOCKED -> "error";
            case INVITED -> "contrast";
        };
    }

    private String lastSignIn(UserRow row) {
        return row.lastSignInAt() == null ? getTranslation("admin-panel.never") : time.format(row.lastSignInAt());
    }
}
