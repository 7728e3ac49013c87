package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.RowActions;
import org.extranet.base.ui.RowCount;
import org.extranet.company.CompanySummary;
import org.extranet.user.UserListQuery.SortKey;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One company's users (the seed: "the list of users is visible in the administration panel"):
 * search, status filter and sorting all happen in the database, a page at a time. Each row offers
 * the seed's Edit and Lock / Unlock; "Create new user" sits above the list.
 */
public class UserList extends Div {

    private final UserServices users;
    private final CompanySummary company;
    private final TextField search = new TextField();
    private final Select<UserStatus> status = new Select<>();
    private final Button create = new Button();
    private final Grid<UserRow> grid = new Grid<>();
    private final DateTimeFormatter time;
    /** The latest buttons of each row, to put the focus back on after a refresh or a closed form. */
    private final Map<Long, Button> editButtons = new HashMap<>();
    private final Map<Long, Button> lockButtons = new HashMap<>();
    private @Nullable Registration statusChoices;

    public UserList(UserServices users, CompanySummary company) {
        this.users = users;
        this.company = company;
        this.time = Times.dateTime(getLocale());
        addClassName("user-list");

        create.setText(getTranslation("admin-panel.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("wrapping-button");
        create.addClickListener(click -> openCreateForm());

        search.setLabel(getTranslation("admin-panel.search"));
        search.addClassName("grid-filter");
        search.setHelperText(getTranslation("admin-panel.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        status.setLabel(getTranslation("admin-panel.status"));
        status.setItems(UserStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin-panel.all-statuses"));
        status.setItemLabelGenerator(this::statusLabel);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var filters = new FlexLayout(search, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        // It may shrink to a phone's width (a flex item would not go below its widest field).
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("min-width", "0");
        var toolbar = new FlexLayout(filters, create);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-m)");
        add(toolbar, new RowCount(grid(), "admin-panel.count"), grid);
    }

    private Grid<UserRow> grid() {
        grid.setAriaLabel(getTranslation("admin-panel.grid", company.name()));
        // Text columns start at a width and share what is left; their cells wrap (a long e-mail
        // address too), so that at 1366 px every column fits beside the others.
        grid.addColumn(UserRow::fullName).setHeader(getTranslation("admin-panel.name"))
                .setSortProperty(SortKey.NAME.name()).setWidth("11rem");
        grid.addColumn(UserRow::email).setHeader(getTranslation("admin-panel.email"))
                .setSortProperty(SortKey.EMAIL.name()).setWidth("15rem");
        grid.addColumn(this::permissionLabels).setHeader(getTranslation("admin-panel.permissions"))
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(this::permissionLabels);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("admin-panel.status"))
                .setSortProperty(SortKey.STATUS.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::lastSignIn).setHeader(getTranslation("admin-panel.last-sign-in"))
                .setSortProperty(SortKey.LAST_SIGN_IN.name()).setAutoWidth(true).setFlexGrow(0);
        RowActions.addTo(grid, getTranslation("admin-panel.actions"), this::actions);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("admin-panel.empty"));
        grid.setItems(query -> users.directory().listUsers(listQuery(query)).stream(),
                query -> users.directory().countUsers(listQuery(query)));
        return grid;
    }

    private UserListQuery listQuery(Query<UserRow, Void> query) {
        return new UserListQuery(company.id(), search.getValue(), status.getValue(), sort(query.getSortOrders()),
                query.getOffset(), query.getLimit());
    }

    private static List<UserListQuery.Sort> sort(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new UserListQuery.Sort(SortKey.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    private String permissionLabels(UserRow row) {
        return row.permissions().stream().map(code -> getTranslation("permission." + code))
                .collect(Collectors.joining(", "));
    }

    private Span statusBadge(UserRow row) {
        var badge = new Span(statusLabel(row.status()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(switch (row.status()) {
            case ACTIVE -> "success";
            case LOCKED -> "error";
            case INVITED -> "contrast";
        });
        return badge;
    }

    private String lastSignIn(UserRow row) {
        return row.lastSignInAt() == null ? getTranslation("admin-panel.never") : time.format(row.lastSignInAt());
    }

    private List<Button> actions(UserRow row) {
        var edit = iconButton(VaadinIcon.EDIT, "admin-panel.edit", row);
        edit.addClickListener(click -> openEditForm(row.id()));
        editButtons.put(row.id(), edit);
        boolean locked = row.status() == UserStatus.LOCKED;
        var lockOrUnlock = iconButton(locked ? VaadinIcon.UNLOCK : VaadinIcon.LOCK,
                locked ? "admin-panel.unlock" : "admin-panel.lock", row);
        lockOrUnlock.addClickListener(click -> {
            if (locked) {
                unlock(row);
            } else {
                lock(row);
            }
        });
        lockButtons.put(row.id(), lockOrUnlock);
        return List.of(edit, lockOrUnlock);
    }

    /**
     * An icon button whose tooltip is the seed's label ("Edit") and whose accessible name adds
     * whose row it is ("Edit Anna Nowak"), so that a screen reader's list of buttons makes sense.
     */
    private Button iconButton(VaadinIcon icon, String labelKey, UserRow row) {
        return RowActions.button(icon, getTranslation(labelKey), getTranslation(labelKey + ".for", row.fullName()));
    }

    private void lock(UserRow row) {
        if (act(() -> users.signIn().lockUser(row.id()))) {
            Notices.done(getTranslation("admin-panel.locked", row.fullName()));
            refreshAndFocus(lockButtons, row.id());
        }
    }

    private void unlock(UserRow row) {
        if (act(() -> users.signIn().unlockUser(row.id()))) {
            Notices.done(getTranslation("admin-panel.unlocked", row.fullName()));
            refreshAndFocus(lockButtons, row.id());
        }
    }

    /** Runs a row action; a refusal is told in words, never as a stack trace. */
    private boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserRuleException rule) {
            Notices.refused(getTranslation(rule.messageKey()));
        } catch (AccessDeniedException denied) {
            Notices.refused(getTranslation("user.error.not-allowed"));
            grid.getDataProvider().refreshAll();
        }
        return false;
    }

    private void openCreateForm() {
        var form = UserForm.create(users, company.id(), change -> grid.getDataProvider().refreshAll());
        form.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                create.focus();
            }
        });
        form.open();
    }

    private void openEditForm(long userId) {
        UserForm form;
        try {
            form = UserForm.edit(users, userId, change -> grid.getDataProvider().refreshAll());
        } catch (AccessDeniedException gone) {
            Notices.refused(getTranslation("user.error.not-allowed"));
            grid.getDataProvider().refreshAll();
            return;
        }
        // Back to the row's Edit button (a new one if the list was refreshed), or, when the row is
        // gone, to "Create new user".
        form.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                focusLater(editButtons, userId);
            }
        });
        form.open();
    }

    private void refreshAndFocus(Map<Long, Button> buttons, long userId) {
        grid.getDataProvider().refreshAll();
        focusLater(buttons, userId);
    }

    /**
     * Focuses the row's button once the grid has rendered its rows again: the refresh queued before
     * this runs first, so the button found is the one the user will see.
     */
    private void focusLater(Map<Long, Button> buttons, long userId) {
        getUI().ifPresent(ui -> ui.beforeClientResponse(grid, context -> {
            Button button = buttons.get(userId);
            if (button != null && button.isAttached()) {
                button.focus();
            } else {
                create.focus();
            }
        }));
    }

    /**
     * Shows the users of one status (null: every status), as the admin panel's address asks;
     * {@code chosen} hears of each status the user picks afterwards.
     */
    void filterByStatus(@Nullable UserStatus value, Consumer<@Nullable UserStatus> chosen) {
        status.setValue(value);
        if (statusChoices != null) {
            statusChoices.remove();
        }
        statusChoices = status.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                chosen.accept(change.getValue());
            }
        });
    }

    private String statusLabel(@Nullable UserStatus value) {
        return value == null ? getTranslation("admin-panel.all-statuses") : getTranslation("user.status." + value.name());
    }

    Button createButton() {
        return create;
    }
}
