package org.extranet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Above a grid: a search field and a status select, whichever the grid filters by, and optionally
 * an action at the far end ("Create new user"). Both wrap below each other on a narrow screen.
 * The texts are the keys {@code <keys>.search}, {@code .search.help}, {@code .status} and
 * {@code .all-statuses} (the select's choice for every status).
 */
public class FilterBar<S extends Enum<S>> extends FlexLayout {

    private final TextField search = new TextField();
    private final Select<S> status = new Select<>();
    private final String statusKeys;

    /**
     * @param statusKeys the prefix of a status's name's key, to which the status's name is added
     * @param changed    told after each change of either filter, to refresh the grid
     */
    public FilterBar(String keys, List<S> statuses, String statusKeys, Runnable changed) {
        this.statusKeys = statusKeys;
        search.setLabel(getTranslation(keys + ".search"));
        search.addClassName("grid-filter");
        search.setHelperText(getTranslation(keys + ".search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> changed.run());

        String allStatuses = getTranslation(keys + ".all-statuses");
        status.setLabel(getTranslation(keys + ".status"));
        status.setItems(statuses);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(allStatuses);
        status.setItemLabelGenerator(value -> value == null ? allStatuses : statusLabel(value));
        status.addValueChangeListener(change -> changed.run());

        var filters = new FlexLayout(search, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        // It may shrink to a phone's width (a flex item would not go below its widest field).
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("min-width", "0");
        add(filters);
        setFlexWrap(FlexLayout.FlexWrap.WRAP);
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    /** Puts {@code action} at the bar's far end. */
    public FilterBar<S> withAction(Component action) {
        add(action);
        return this;
    }

    /** A status's name, as the select shows it and the grid should. */
    public String statusLabel(S value) {
        return getTranslation(statusKeys + value.name());
    }

    public String searchText() {
        return search.getValue();
    }

    public @Nullable S status() {
        return status.getValue();
    }

    /** The select itself, for a view that keeps the chosen status in its address. */
    public Select<S> statusSelect() {
        return status;
    }
}
