package org.extranet.address;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.Map;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;
import org.jspecify.annotations.Nullable;

/**
 * A company's delivery addresses as staff manage them, for the company's back-office page: the
 * head office first, as the default (edited with the company's details), then the registered
 * addresses, each to edit or remove, and a button to add one with the same form distributors use
 * to ask for one.
 */
public class CompanyAddressesEditor extends Section {

    private final AddressRegistry registry;
    private final long companyId;
    private final UnorderedList list;
    private final Paragraph noOthers = new Paragraph();
    private final Button add = new Button();
    private final Map<Long, Button> editButtons = new HashMap<>();
    private String companyName = "";

    public CompanyAddressesEditor(AddressRegistry registry, long companyId) {
        this.registry = registry;
        this.companyId = companyId;
        this.list = AddressCard.list(getTranslation("registry.list"));
        addClassName("company-addresses");
        var heading = new H2(getTranslation("registry.title"));
        heading.setId("company-addresses-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        noOthers.setText(getTranslation("registry.none"));
        add.setText(getTranslation("registry.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> openForm(null));
        add(heading, new Paragraph(getTranslation("registry.head-office-hint")), list, noOthers, add);
        refresh();
    }

    private void refresh() {
        CompanyAddresses addresses = registry.companyAddresses(companyId);
        companyName = addresses.companyName();
        list.removeAll();
        editButtons.clear();
        list.add(new AddressCard(addresses.headOffice(), true));
        addresses.deliveryAddresses().forEach(address -> list.add(card(address)));
        noOthers.setVisible(addresses.deliveryAddresses().isEmpty());
    }

    private AddressCard card(RegisteredAddress registered) {
        var card = new AddressCard(registered.address(), false);
        String name = registered.address().name();
        var edit = new Button(getTranslation("registry.edit"), VaadinIcon.EDIT.create(), click -> openForm(registered));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // Every card has the same buttons: the accessible name says which address each one is for.
        edit.setAriaLabel(getTranslation("registry.edit.named", name));
        var remove = new Button(getTranslation("registry.remove"), VaadinIcon.TRASH.create(),
                click -> confirmRemoval(registered));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("registry.remove.named", name));
        var buttons = new HorizontalLayout(edit, remove);
        buttons.setPadding(false);
        buttons.getStyle().set("margin-top", "var(--lumo-space-s)");
        card.addBelow(buttons);
        editButtons.put(registered.id(), edit);
        return card;
    }

    /** The address form: empty to add an address, filled in to edit one. */
    private void openForm(@Nullable RegisteredAddress editing) {
        AddressDialog form;
        if (editing == null) {
            form = new AddressDialog(AddressFormPurpose.ADD, AddressRequestData.empty(),
                    data -> registry.addAddress(companyId, data.address()), this::countryName);
            form.addSentListener(sent -> done(getTranslation("registry.added", sent.name().strip(), companyName)));
        } else {
            form = new AddressDialog(AddressFormPurpose.EDIT, AddressRequestData.of(editing.address()),
                    data -> registry.updateAddress(editing.id(), data.address()), this::countryName);
            form.addSentListener(sent -> done(getTranslation("registry.saved", sent.name().strip())));
        }
        returnFocusAfter(form, editing);
        form.open();
    }

    private void confirmRemoval(RegisteredAddress registered) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("registry.remove.title"));
        confirm.setText(getTranslation("registry.remove.text", AddressCard.oneLine(registered.address(), getLocale()),
                companyName));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("addresses.form.cancel"));
        confirm.setConfirmText(getTranslation("registry.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(yes -> {
            registry.removeAddress(registered.id());
            done(getTranslation("registry.removed", registered.address().name()));
            refresh();
            add.focus();
        });
        // Gone meanwhile: a notice says so, over the list as it is now.
        ShowsRefusals.at(confirm, refusal -> {
            refresh();
            add.focus();
            return false;
        });
        confirm.addCancelListener(no -> editButtons.getOrDefault(registered.id(), add).focus());
        confirm.open();
    }

    /** After the form closes (saved, cancelled or refused), the list is current and focus is back where it was. */
    private void returnFocusAfter(Dialog form, @Nullable RegisteredAddress editing) {
        form.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                refresh();
                (editing == null ? add : editButtons.getOrDefault(editing.id(), add)).focus();
            }
        });
    }

    private void done(String message) {
        Notices.done(message);
    }

    private String countryName(String code) {
        return AddressCard.countryName(code, getLocale());
    }
}
