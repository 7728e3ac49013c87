package org.extranet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;

/**
 * A grid row's actions, the same way in every grid: compact icon buttons, each with its label as
 * tooltip and an accessible name that says whose row it is, in a column frozen at the grid's end.
 * However narrow the screen, the actions stay in view while the other columns scroll beneath.
 */
public final class RowActions {

    private RowActions() {
    }

    /** Adds the actions column: its header names it (an empty header is announced as nothing). */
    public static <T> Grid.Column<T> addTo(Grid<T> grid, String header,
                                           SerializableFunction<T, List<? extends Component>> actions) {
        return grid.addComponentColumn(row -> {
                    var cell = new Div();
                    cell.addClassName("row-actions");
                    actions.apply(row).forEach(cell::add);
                    return cell;
                })
                .setHeader(header).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
    }

    /**
     * An icon button showing {@code label} as its tooltip, named {@code accessibleName} ("Edit Anna
     * Nowak"); a quiet (tertiary) one unless {@code look} says otherwise.
     */
    public static Button button(VaadinIcon icon, String label, String accessibleName, ButtonVariant... look) {
        var button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(look.length == 0 ? new ButtonVariant[] {ButtonVariant.LUMO_TERTIARY} : look);
        button.setAriaLabel(accessibleName);
        button.setTooltipText(label);
        return button;
    }
}
