package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.FilterBar;
import org.extranet.base.ui.Plural;
import org.extranet.company.CompanySummary;
import org.jspecify.annotations.Nullable;

/**
 * Above the user list: how many users are selected, "Select all N matching" (every user the
 * filter leaves, loaded or not), "Clear selection", and the bulk actions for the selection. Delete
 * asks first, naming how many; granting or taking away a permission asks which. While an action
 * runs its progress shows here and the actions wait; afterwards the result opens.
 */
final class BulkBar extends Div {

    private final UserServices users;
    private final CompanySummary company;
    private final UserGrid grid;
    private final Runnable changed;
    private final Span selection = new Span();
    private final Button selectAll = new Button();
    private final Button clear = new Button();
    private final Map<BulkAction, Button> actions = new EnumMap<>(BulkAction.class);
    private final BulkRunPanel run;
    private long matching;

    /** @param changed told once an action has run, to show the list as it is now */
    BulkBar(UserServices users, CompanySummary company, UserGrid grid, FilterBar<UserStatus> filters, Runnable changed) {
        this.users = users;
        this.company = company;
        this.grid = grid;
        this.changed = changed;
        this.run = new BulkRunPanel(users.bulk(), users.bulkRuns(), this::update);
        addClassName("bulk-bar");
        selection.addClassName("bulk-selection");
        selection.getElement().setAttribute("role", "status");
        selectAll.addClickListener(click -> grid.selectOnly(users.directory()
                .matchingUserIds(company.id(), filters.searchText(), filters.status())));
        selectAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // "Select all 2,345 matching users" is longer than a phone's screen is wide in Polish.
        selectAll.addClassName("wrapping-button");
        clear.setText(getTranslation("bulk.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> grid.deselectAll());
        var buttons = new Div();
        buttons.addClassName("bulk-actions");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", getTranslation("bulk.group"));
        for (BulkAction action : BulkAction.values()) {
            var button = new Button(getTranslation("bulk.action." + action.name()), click -> ask(action));
            button.addClassName("wrapping-button");
            if (action == BulkAction.DELETE) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.put(action, button);
            buttons.add(button);
        }
        add(new Div(selection, selectAll, clear), buttons, run);
        grid.addSelectionListener(change -> update());
        grid.getGenericDataView().addItemCountChangeListener(count -> {
            matching = count.getItemCount();
            update();
        });
        update();
    }

    private void update() {
        int selected = grid.getSelectedItems().size();
        selection.setText(selected == 0 ? getTranslation("bulk.selected.none")
                : getTranslation(Plural.of(selected, getLocale()).key("bulk.selected"), selected));
        selectAll.setText(getTranslation(Plural.of(matching, getLocale()).key("bulk.select-all"), matching));
        boolean idle = !run.running();
        selectAll.setEnabled(idle && matching > 0);
        clear.setEnabled(idle && selected > 0);
        actions.values().forEach(button -> button.setEnabled(idle && selected > 0));
    }

    /** Delete and the permissions ask first; the others start at once. */
    private void ask(BulkAction action) {
        int selected = grid.getSelectedItems().size();
        Button button = actionButton(action);
        if (action == BulkAction.DELETE) {
            var confirmation = new DeleteConfirmation(getTranslation("bulk.delete.title"),
                    getTranslation(Plural.of(selected, getLocale()).key("bulk.delete.question"), selected),
                    () -> start(action, null));
            returnFocusUnlessStarted(confirmation, button);
            confirmation.open();
        } else if (action.takesPermission()) {
            var dialog = new BulkPermissionDialog(action, users.directory().grantablePermissions(company.id()), selected,
                    permission -> start(action, permission));
            returnFocusUnlessStarted(dialog, button);
            dialog.open();
        } else {
            start(action, null);
        }
    }

    private void returnFocusUnlessStarted(Dialog dialog, Button button) {
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened() && !run.running()) {
                button.focus();
            }
        });
    }

    private void start(BulkAction action, @Nullable String permission) {
        List<BulkTarget> targets = users.bulk().targets(company.id(), grid.selectedIds());
        run.start(company.id(), action, permission, targets, result -> finished(result, permission));
    }

    private void finished(BulkResult result, @Nullable String permission) {
        grid.deselectAll();
        changed.run();
        var dialog = new BulkResultDialog(result, permission);
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                selectAll.focus();
            }
        });
        dialog.open();
    }

    Button selectAllButton() {
        return selectAll;
    }

    Button actionButton(BulkAction action) {
        return Objects.requireNonNull(actions.get(action));
    }
}
