package org.extranet.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.extranet.application.ApplicationsView;
import org.extranet.audit.AuditLogView;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.Paging;
import org.extranet.base.ui.RowActions;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.company.CompanyAdministration;
import org.extranet.company.CompanyDirectory;
import org.extranet.company.CompanyDirectory.SortKey;
import org.extranet.company.CompanySummary;
import org.extranet.security.SignedInUser;
import org.extranet.staff.StaffView;

/** The service department's way in: every distributor company, searchable, and registering new ones. */
@Route("back-office")
@RolesAllowed(SignedInUser.STAFF_ROLE)
@Menu(order = 60, title = "nav.back-office")
public class BackOfficeView extends Div implements HasDynamicTitle {

    private final CompanyDirectory directory;
    private final CompanyAdministration companies;
    private final Grid<CompanySummary> grid = new Grid<>();
    private final TextField search = new TextField(getTranslation("backoffice.search"));

    BackOfficeView(CompanyDirectory directory, CompanyAdministration companies) {
        this.directory = directory;
        this.companies = companies;
        addClassName("page");

        search.addClassName("grid-filter");
        search.setHelperText(getTranslation("backoffice.search.helper"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var register = new Button(getTranslation("backoffice.register"), VaadinIcon.PLUS.create(), click -> register());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(search, register);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);
        // On a phone "Register company" goes below the search instead of off the screen.
        toolbar.setWrap(true);

        // Names and cities start at a width and wrap; numbers are as wide as they are: nothing is cut off.
        grid.addColumn(CompanySummary::name).setHeader(getTranslation("backoffice.column.name")).setWidth("14rem")
                .setFlexGrow(3).setSortable(true).setKey(SortKey.NAME.name());
        grid.addColumn(CompanySummary::customerNumber).setHeader(getTranslation("backoffice.column.customer-number"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setKey(SortKey.CUSTOMER_NUMBER.name());
        grid.addColumn(CompanySummary::taxId).setHeader(getTranslation("backoffice.column.tax-id"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setKey(SortKey.TAX_ID.name());
        grid.addColumn(CompanySummary::city).setHeader(getTranslation("backoffice.column.city")).setWidth("9rem")
                .setSortable(true).setKey(SortKey.CITY.name());
        RowActions.addTo(grid, getTranslation("backoffice.column.actions"), company -> {
            var open = RowActions.button(VaadinIcon.ARROW_RIGHT, getTranslation("backoffice.open"),
                    getTranslation("backoffice.open") + " " + company.name());
            open.addClickListener(click -> open(company.id()));
            return List.of(open);
        });
        grid.setAriaLabel(getTranslation("backoffice.companies"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> directory.findCompanies(search.getValue(), Paging.of(query, SortKey.class)).stream(),
                query -> directory.countCompanies(search.getValue()));

        var auditLog = new RouterLink(getTranslation("backoffice.audit-log"), AuditLogView.class);
        var staffAccounts = new RouterLink(getTranslation("backoffice.staff"), StaffView.class);
        var applications = new RouterLink(getTranslation("nav.applications"), ApplicationsView.class);
        var links = new Div(auditLog, staffAccounts, applications);
        links.addClassName("back-office-links");
        add(new H1(getTranslation("backoffice.title")), links, toolbar,
                new RowCount(grid, "backoffice.count"), grid);
    }

    private void open(long companyId) {
        getUI().ifPresent(ui -> ui.navigate(CompanyPage.class, new RouteParameters(CompanyPage.COMPANY_ID, String.valueOf(companyId))));
    }

    private void register() {
        var dialog = new Dialog(getTranslation("backoffice.register.title"));
        var form = new CompanyForm();
        var save = new Button(getTranslation("backoffice.register"), click -> form.data().ifPresent(data -> {
            long id = companies.createCompany(data);
            dialog.close();
            Notices.done(getTranslation("backoffice.registered", data.name()));
            open(id);
        }));
        ShowsRefusals.at(dialog, form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.page-title");
    }
}
