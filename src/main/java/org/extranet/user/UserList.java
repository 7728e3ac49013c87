package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import org.extranet.base.Refusal;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.FilterBar;
import org.extranet.base.ui.NotAllowed;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.company.CompanySummary;
import org.extranet.user.csv.UserCsvActions;
import org.jspecify.annotations.Nullable;

/**
 * One company's users, as the administration panel lists them:
 * search, status filter and sorting all happen in the database, a page at a time. Each row offers
 * Edit and Lock / Unlock; "Create new user" sits above the list, and above the grid the bulk
 * actions for the users selected in it ({@link BulkBar}).
 */
public class UserList extends Div implements ShowsRefusals {

    private final UserServices users;
    private final CompanySummary company;
    private final FilterBar<UserStatus> filters;
    private final Button create = new Button();
    private final UserGrid grid;
    private @Nullable Registration statusChoices;

    public UserList(UserServices users, CompanySummary company) {
        this.users = users;
        this.company = company;
        addClassName("user-list");

        create.setText(getTranslation("admin-panel.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("wrapping-button");
        create.addClickListener(click -> openCreateForm());

        filters = new FilterBar<>("admin-panel", List.of(UserStatus.values()), "user.status.", this::filtersChanged)
                .withAction(create);
        grid = new UserGrid(users.directory(), company, filters, row -> openEditForm(row.id()), this::lockOrUnlock);
        add(filters, new BulkBar(users, company, grid, filters, this::refresh), new RowCount(grid, "admin-panel.count"), grid);
        addComponentAtIndex(1, new UserCsvActions(users.csv(), company, filters, grid));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Another filter starts a new selection: a bulk action never reaches users the list no longer shows. */
    private void filtersChanged() {
        grid.deselectAll();
        refresh();
    }

    private void lockOrUnlock(UserRow row) {
        if (row.status() == UserStatus.LOCKED) {
            unlock(row);
        } else {
            lock(row);
        }
    }

    private void lock(UserRow row) {
        users.signIn().lockUser(row.id());
        Notices.done(getTranslation("admin-panel.locked", row.fullName()));
        refreshAndFocus("lock", row.id());
    }

    private void unlock(UserRow row) {
        users.signIn().unlockUser(row.id());
        Notices.done(getTranslation("admin-panel.unlocked", row.fullName()));
        refreshAndFocus("lock", row.id());
    }

    /** A row acted on that is gone or out of reach by now: say so, and show the list as it is. */
    @Override
    public boolean show(Refusal refusal) {
        if (!(refusal instanceof NotAllowed)) {
            return false;
        }
        Notices.refused(getTranslation("user.error.not-allowed"));
        refresh();
        return true;
    }

    private void openCreateForm() {
        var form = new CreateUserDialog(users, company.id(), change -> refresh());
        form.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                create.focus();
            }
        });
        form.open();
    }

    private void openEditForm(long userId) {
        boolean[] deleted = {false};
        UserForm form = EditUserDialog.of(users, userId, change -> {
            deleted[0] |= change == UserForm.Change.DELETED;
            refresh();
        });
        // Back to the row's Edit button, or, when the user is gone, to "Create new user".
        form.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                return;
            }
            if (deleted[0]) {
                create.focus();
            } else {
                focusLater("edit", userId);
            }
        });
        form.open();
    }

    private void refreshAndFocus(String action, long userId) {
        refresh();
        focusLater(action, userId);
    }

    /**
     * Focuses the row's button once the grid has rendered its rows again (the refresh queued before
     * this runs first), or "Create new user" when the row is gone.
     */
    private void focusLater(String action, long userId) {
        getUI().ifPresent(ui -> ui.beforeClientResponse(grid, context -> grid.focusRowAction(action, userId, create)));
    }

    /**
     * Shows the users of one status (null: every status), as the admin panel's address asks;
     * {@code chosen} hears of each status the user picks afterwards.
     */
    void filterByStatus(@Nullable UserStatus value, Consumer<@Nullable UserStatus> chosen) {
        filters.statusSelect().setValue(value);
        if (statusChoices != null) {
            statusChoices.remove();
        }
        statusChoices = filters.statusSelect().addValueChangeListener(change -> {
            if (change.isFromClient()) {
                chosen.accept(change.getValue());
            }
        });
    }

    Button createButton() {
        return create;
    }
}
