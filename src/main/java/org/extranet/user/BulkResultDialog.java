package org.extranet.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * After a bulk action: how many users it was done for and how many it refused ("12 locked, 2
 * refused"), then each user with the outcome and, if refused, the reason in the reader's language.
 * Refused users come first: they are the ones to look at.
 */
final class BulkResultDialog extends Dialog {

    private static final int ALL_ROWS_VISIBLE_UP_TO = 8;

    BulkResultDialog(BulkResult result, @Nullable String permission) {
        setHeaderTitle(getTranslation("bulk.result.title"));
        setWidth("min(60rem, 100%)");
        addClassName("bulk-result");
        var summary = new Paragraph(summary(result));
        summary.addClassName("bulk-result-summary");
        add(summary);
        if (permission != null) {
            add(new Paragraph(getTranslation("bulk.result.permission", getTranslation("permission." + permission))));
        }
        add(grid(result));
        var close = new Button(getTranslation("bulk.result.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                close.focus();
            }
        });
    }

    private String summary(BulkResult result) {
        var parts = new ArrayList<String>();
        parts.add(getTranslation("bulk.result.done." + result.action().name(), result.doneCount()));
        parts.add(getTranslation("bulk.result.refused", result.refusedCount()));
        if (result.notStarted() > 0) {
            parts.add(getTranslation("bulk.result.not-started", result.notStarted()));
        }
        return String.join(", ", parts);
    }

    private Grid<BulkOutcome> grid(BulkResult result) {
        var grid = new Grid<BulkOutcome>();
        grid.setAriaLabel(getTranslation("bulk.result.grid"));
        grid.addColumn(outcome -> Objects.requireNonNullElse(outcome.user().name(), getTranslation("bulk.result.unknown-user")))
                .setHeader(getTranslation("admin-panel.name")).setWidth("10rem");
        grid.addColumn(outcome -> Objects.requireNonNullElse(outcome.user().email(), ""))
                .setHeader(getTranslation("admin-panel.email")).setWidth("14rem");
        grid.addComponentColumn(this::badge).setHeader(getTranslation("bulk.result.outcome"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::reason).setHeader(getTranslation("bulk.result.reason")).setWidth("16rem").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        List<BulkOutcome> rows = result.outcomes().stream()
                .sorted(Comparator.comparing(BulkOutcome::done)).toList();
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= ALL_ROWS_VISIBLE_UP_TO);
        if (rows.size() > ALL_ROWS_VISIBLE_UP_TO) {
            grid.setHeight("min(24rem, 50vh)");
        }
        return grid;
    }

    private Span badge(BulkOutcome outcome) {
        var badge = new Span(getTranslation(outcome.done() ? "bulk.result.outcome.done" : "bulk.result.outcome.refused"));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(outcome.done() ? "success" : "error");
        return badge;
    }

    private String reason(BulkOutcome outcome) {
        String key = outcome.reasonKey();
        return key == null ? "" : getTranslation(key, outcome.reasonArguments().toArray());
    }
}
