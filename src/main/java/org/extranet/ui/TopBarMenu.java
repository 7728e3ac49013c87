package org.extranet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

/**
 * The top bar's entries and tools behind a "Menu" button on narrow screens (a disclosure, as
 * WAI-ARIA describes it): the panel follows the button, so Tab goes into it next; Escape closes
 * it and gives the focus back to the button. The stylesheet shows the button and folds the panel
 * only at phone widths; wider, the panel's contents sit in the bar as they always did. Whether the
 * panel shows follows the button's {@code aria-expanded}, so what is shown is what is announced.
 */
final class TopBarMenu {

    private static final String PANEL_ID = "top-bar-menu";

    private final Button button;
    private final Div panel;

    TopBarMenu(String name, Component... contents) {
        button = new Button(name, VaadinIcon.MENU.create(), click -> setOpen(!isOpen()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("menu-button");
        button.getElement().setAttribute("aria-controls", PANEL_ID);
        panel = new Div(contents);
        panel.setId(PANEL_ID);
        panel.addClassName("top-bar-menu");
        setOpen(false);
    }

    Button button() {
        return button;
    }

    Div panel() {
        return panel;
    }

    boolean isOpen() {
        return "true".equals(button.getElement().getAttribute("aria-expanded"));
    }

    void setOpen(boolean open) {
        button.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** Escape anywhere in the element (the bar) closes the open panel and puts the focus back on the button. */
    void closesOnEscapeIn(Element bar) {
        bar.addEventListener("keydown", event -> {
            if (isOpen()) {
                setOpen(false);
                button.focus();
            }
        }).setFilter("event.key === 'Escape'");
    }
}
