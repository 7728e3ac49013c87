package org.extranet.address;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.Paging;
import org.extranet.base.ui.RowActions;
import org.extranet.base.ui.RowCount;

/**
 * "Address requests" for the Distributor Service Department: the open requests of every company,
 * oldest first. Accepting opens the address form filled in from the request, to be corrected
 * where needed before it is registered; rejecting asks for the reason the requester will read.
 */
@Route("back-office/address-requests")
@RolesAllowed(PermissionCodes.SERVICE_STAFF)
@Menu(order = 62, title = "nav.address-requests")
public class AddressRequestsView extends Div implements HasDynamicTitle {

    private final AddressRequestInbox inbox;
    private final Grid<OpenAddressRequest> grid = new Grid<>();

    AddressRequestsView(AddressRequestInbox inbox) {
        this.inbox = inbox;
        addClassName("page");
        add(new H1(getTranslation("inbox.title")), new Paragraph(getTranslation("inbox.intro")),
                new RowCount(grid(), "inbox.count"), grid);
    }

    private Grid<OpenAddressRequest> grid() {
        grid.addClassName("address-request-inbox");
        grid.setAriaLabel(getTranslation("inbox.grid"));
        grid.addColumn(row -> DeliveryAddressesView.TIME.format(row.requestedAt()))
                .setHeader(getTranslation("addresses.requests.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OpenAddressRequest::companyName).setHeader(getTranslation("inbox.company"))
                .setWidth("11rem").setTooltipGenerator(OpenAddressRequest::companyName);
        grid.addColumn(OpenAddressRequest::requester).setHeader(getTranslation("addresses.requests.requester"))
                .setWidth("11rem");
        grid.addColumn(row -> oneLine(row.address())).setHeader(getTranslation("addresses.requests.address"))
                .setWidth("15rem").setFlexGrow(3).setTooltipGenerator(row -> oneLine(row.address()));
        grid.addColumn(row -> row.note() == null ? "" : row.note()).setHeader(getTranslation("inbox.note"))
                .setWidth("11rem").setFlexGrow(2).setTooltipGenerator(row -> row.note() == null ? "" : row.note());
        RowActions.addTo(grid, getTranslation("inbox.actions"), this::actions);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        // Staff read the whole address and note before deciding: cells wrap rather than cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> inbox.listOpenRequests(Paging.unsorted(query)).stream(),
                query -> inbox.countOpenRequests());
        return grid;
    }

    private List<Button> actions(OpenAddressRequest request) {
        String place = request.address().name() + ", " + request.companyName();
        // Every row has the same two buttons: the accessible name says which request each one decides.
        var accept = RowActions.button(VaadinIcon.CHECK, getTranslation("inbox.accept"),
                getTranslation("inbox.accept.named", place), ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> openAccept(request));
        var reject = RowActions.button(VaadinIcon.CLOSE, getTranslation("inbox.reject"),
                getTranslation("inbox.reject.named", place), ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> openReject(request));
        return List.of(accept, reject);
    }

    private void openAccept(OpenAddressRequest request) {
        var form = new AddressDialog(AddressFormPurpose.ACCEPT, AddressRequestData.of(request.address()),
                data -> inbox.acceptRequest(request.id(), data.address()),
                code -> AddressCard.countryName(code, getLocale()));
        // Which request this is, and what the requester added, above the form's own introduction.
        if (request.note() != null) {
            form.addComponentAsFirst(new Paragraph(getTranslation("inbox.accept.note", request.note())));
        }
        form.addComponentAsFirst(new Paragraph(getTranslation("inbox.accept.context", request.companyName(),
                request.requester())));
        form.addSentListener(sent -> decided(getTranslation("inbox.accepted", sent.name().strip(),
                request.companyName())));
        decideIn(form);
    }

    private void openReject(OpenAddressRequest request) {
        var form = new RejectRequestDialog(request, oneLine(request.address()),
                reason -> inbox.rejectRequest(request.id(), reason));
        form.addRejectedListener(() -> decided(getTranslation("inbox.rejected", request.address().name(),
                request.companyName())));
        decideIn(form);
    }

    /**
     * Opens a decision's dialog. A colleague may have decided the request meanwhile: that is said,
     * the dialog closes and the list shows what is still open. Focus returns to the list either way.
     */
    private void decideIn(Dialog form) {
        form.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                grid.getDataProvider().refreshAll();
                grid.focus();
            }
        });
        form.open();
    }

    private void decided(String message) {
        Notices.done(message);
    }

    private String oneLine(PostalAddress address) {
        return AddressCard.oneLine(address, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.page-title");
    }
}
