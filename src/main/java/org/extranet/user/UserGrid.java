package org.extranet.user;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.FilterBar;
import org.extranet.base.ui.Paging;
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
             SerializableConsumer<UserRow> edit, SerializableConsumer<UserRow> lockOrUnlock) {
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
        addColumn(actionsRenderer(edit, lockOrUnlock)).setHeader(getTranslation("admin-panel.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText(getTranslation("admin-panel.empty"));
        // Rows are the same user by id: a refreshed row stays selected, and "select all matching"
        // selects users by id whether or not their rows were loaded.
        setItems(new CallbackDataProvider<UserRow, Void>(query -> directory.listUsers(listQuery(query)).stream(),
                query -> directory.countUsers(listQuery(query)), UserRow::id));
        // Twice the rows a 900-pixel window shows: every row fetched stays in the session while the
        // list is open (50 rows held ~20 kB more per session); scrolling fetches the next 25.
        setPageSize(25);
        setSelectionMode(SelectionMode.MULTI);
        addAttachListener(attach -> SelectionColumnNames.name(this, getTranslation("bulk.selection-column"),
                getTranslation("bulk.select-row")));
    }

    /**
     * Edit and Lock / Unlock as {@link org.extranet.base.ui.RowActions} makes them (icon buttons with
     * the label as tooltip, named for the row), rendered in the browser: as components they were
     * seven state nodes per row, most of the heap a session with the list open holds. Each button
     * carries {@code data-row-action} ("edit-ID", "lock-ID") for {@link #focusRowAction}.
     */
    private LitRenderer<UserRow> actionsRenderer(SerializableConsumer<UserRow> edit, SerializableConsumer<UserRow> lockOrUnlock) {
        String editLabel = getTranslation("admin-panel.edit");
        return LitRenderer.<UserRow>of("""
                        <div class="row-actions"><vaadin-button theme="icon small tertiary" data-row-action="edit-${item.id}"
                            aria-label="${item.editName}" @click="${edit}"><vaadin-icon icon="vaadin:edit"></vaadin-icon
                            ><vaadin-tooltip slot="tooltip" text="${item.editLabel}"></vaadin-tooltip></vaadin-button
                        ><vaadin-button theme="icon small tertiary" data-row-action="lock-${item.id}"
                            aria-label="${item.lockName}" @click="${lock}"><vaadin-icon icon="${item.lockIcon}"></vaadin-icon
                            ><vaadin-tooltip slot="tooltip" text="${item.lockLabel}"></vaadin-tooltip></vaadin-button></div>""")
                .withProperty("id", UserRow::id)
                .withProperty("editLabel", row -> editLabel)
                .withProperty("editName", row -> getTranslation("admin-panel.edit.for", row.fullName()))
                .withProperty("lockIcon", row -> locked(row) ? "vaadin:unlock" : "vaadin:lock")
                .withProperty("lockLabel", row -> getTranslation(lockKey(row)))
                .withProperty("lockName", row -> getTranslation(lockKey(row) + ".for", row.fullName()))
                .withFunction("edit", edit)
                .withFunction("lock", lockOrUnlock);
    }

    private static boolean locked(UserRow row) {
        return row.status() == UserStatus.LOCKED;
    }

    private static String lockKey(UserRow row) {
        return locked(row) ? "admin-panel.unlock" : "admin-panel.lock";
    }

    /**
     * Focuses a row's button ({@code "edit"} or {@code "lock"}) once the grid shows it again after a
     * refresh, or {@code otherwise} when the row does not come back (the user is gone or filtered out).
     */
    void focusRowAction(String action, long userId, Component otherwise) {
        getElement().executeJs(FOCUS_ROW_ACTION, action + "-" + userId, otherwise.getElement());
    }

    private static final String FOCUS_ROW_ACTION = """
            const [key, otherwise] = [$0, $1];
            let frames = 0;
            const attempt = () => {
              const button = this.querySelector(`vaadin-button[data-row-action="${key}"]`);
              if (button) {
                button.focus();
              } else if (++frames < 30) {
                requestAnimationFrame(attempt);
              } else {
                otherwise.focus();
              }
            };
            requestAnimationFrame(attempt);
            """;

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
