package org.extranet.address;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ProductTime;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.RowCount;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Delivery addresses": the head office first, as the default, then the
 * addresses the Distributor Service Department registered, read-only; below them the company's
 * requests for new ones and the button to make one.
 */
@Route("delivery-addresses")
@RolesAllowed(PermissionCodes.MANAGE_USERS)
@Menu(order = 30, title = "nav.delivery-addresses")
public class DeliveryAddressesView extends Div implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ProductTime.ZONE);

    private final DeliveryAddresses addresses;
    private final UnorderedList list;
    private final Paragraph noOthers = new Paragraph();
    private final Button request = new Button();
    private final Grid<AddressRequestRow> requests = new Grid<>();

    DeliveryAddressesView(DeliveryAddresses addresses) {
        this.addresses = addresses;
        this.list = AddressCard.list(getTranslation("addresses.list"));
        addClassName("page");
        add(new H1(getTranslation("addresses.title")));
        AddressBook book;
        try {
            book = addresses.myAddressBook();
        } catch (AccessDeniedException e) {
            // The right was taken away since signing in: the database decides, not the session.
            add(new Paragraph(getTranslation("addresses.not-allowed")));
            return;
        }
        add(new Paragraph(getTranslation("addresses.intro")));

        noOthers.setText(getTranslation("addresses.none"));

        request.setText(getTranslation("addresses.request"));
        request.setIcon(VaadinIcon.PLUS.create());
        request.addClickListener(click -> openRequestForm(book.companyId()));

        var requestsHeading = new H2(getTranslation("addresses.requests"));
        requestsHeading.getStyle().set("margin-top", "var(--lumo-space-xl)");
        add(list, noOthers, request, requestsHeading, new RowCount(requestGrid(), "addresses.requests.count"),
                requests);
        show(book);
    }

    private Grid<AddressRequestRow> requestGrid() {
        requests.addClassName("address-requests");
        requests.setAriaLabel(getTranslation("addresses.requests"));
        requests.addColumn(row -> TIME.format(row.requestedAt())).setHeader(getTranslation("addresses.requests.date"))
                .setAutoWidth(true).setFlexGrow(0);
        // Text columns start at a width and wrap: the whole address is read, not cut off.
        requests.addColumn(row -> oneLine(row.address())).setHeader(getTranslation("addresses.requests.address"))
                .setWidth("16rem").setFlexGrow(3).setTooltipGenerator(row -> oneLine(row.address()));
        requests.addColumn(AddressRequestRow::requester).setHeader(getTranslation("addresses.requests.requester"))
                .setWidth("10rem");
        requests.addColumn(row -> getTranslation("addresses.status." + row.status().name()))
                .setHeader(getTranslation("addresses.requests.status")).setAutoWidth(true).setFlexGrow(0);
        requests.addColumn(row -> row.status().needsReason() && row.decisionReason() != null ? row.decisionReason() : "")
                .setHeader(getTranslation("addresses.requests.reason")).setWidth("11rem").setFlexGrow(2)
                .setTooltipGenerator(row -> row.decisionReason() == null ? "" : row.decisionReason());
        requests.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.setEmptyStateText(getTranslation("addresses.requests.none"));
        return requests;
    }

    private void show(AddressBook book) {
        list.removeAll();
        list.add(new AddressCard(book.headOffice(), true));
        book.deliveryAddresses().forEach(address -> list.add(new AddressCard(address, false)));
        noOthers.setVisible(book.deliveryAddresses().isEmpty());
        requests.setItems(book.requests());
    }

    private void openRequestForm(long companyId) {
        var form = new AddressDialog(data -> addresses.requestAddress(companyId, data), this::countryName);
        form.addSentListener(sent -> {
            Notices.done(getTranslation("addresses.sent"));
            show(addresses.myAddressBook());
        });
        // Sent or cancelled, focus returns to where the user was.
        form.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                request.focus();
            }
        });
        form.open();
    }

    private String oneLine(PostalAddress address) {
        return AddressCard.oneLine(address, getLocale());
    }

    private String countryName(String code) {
        return AddressCard.countryName(code, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("addresses.page-title");
    }
}
