package org.extranet.address;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;

/**
 * One address in a list of addresses, as a card: the place's name, the head office's mark where
 * it is the default, then street, postal code and city, and the country's name.
 */
class AddressCard extends ListItem {

    AddressCard(PostalAddress address, boolean headOffice) {
        var name = new Span(address.name());
        name.getStyle().set("font-weight", "600");
        add(name);
        if (headOffice) {
            var mark = new Span(getTranslation("addresses.head-office"));
            mark.addClassName("head-office-mark");
            mark.getStyle().set("display", "inline-block").set("margin-top", "var(--lumo-space-xs)")
                    .set("padding", "0 var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                    .set("font-size", "var(--lumo-font-size-s)").set("background", "var(--lumo-primary-color-10pct)")
                    .set("color", "var(--lumo-primary-text-color)");
            add(mark);
        }
        add(new Span(address.street()), new Span(address.postalCode() + " " + address.city()),
                new Span(countryName(address.countryCode(), getLocale())));
        addClassName(headOffice ? "head-office" : "delivery-address");
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
    }

    /** A list for the cards, laid out as a grid of equal columns, named for screen readers. */
    static UnorderedList list(String accessibleName) {
        var list = new UnorderedList();
        list.addClassName("address-list");
        list.getElement().setAttribute("aria-label", accessibleName);
        list.getStyle().set("list-style", "none").set("padding", "0").set("display", "grid")
                .set("gap", "var(--lumo-space-m)").set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))");
        return list;
    }

    /** Adds something below the address, such as the buttons to edit or remove it. */
    void addBelow(Component component) {
        add(component);
    }

    static String countryName(String code, Locale locale) {
        return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
    }

    /** The whole address on one line, as a grid cell or a confirmation names it. */
    static String oneLine(PostalAddress address, Locale locale) {
        return String.join(", ", address.name(), address.street(), address.postalCode() + " " + address.city(),
                countryName(address.countryCode(), locale));
    }
}
