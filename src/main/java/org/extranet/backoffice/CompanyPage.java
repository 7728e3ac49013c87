package org.extranet.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.extranet.address.AddressRegistry;
import org.extranet.address.CompanyAddressesEditor;
import org.extranet.base.Ids;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.company.CompanyAdministration;
import org.extranet.company.CompanyDirectory;
import org.extranet.company.CompanyEntitlements;
import org.extranet.company.CompanyLogoEditor;
import org.extranet.company.CompanyLogoService;
import org.extranet.company.CompanySummary;
import org.extranet.company.EditableCompany;
import org.extranet.secondfactor.CompanySecondFactorSwitch;
import org.extranet.secondfactor.SecondFactorPolicy;
import org.extranet.security.SignedInUser;
import org.extranet.user.UserList;
import org.extranet.user.UserServices;

/**
 * One company as the Distributor Service Department sees it, acting on its behalf: its users
 * (the admin panel's own list), its details and entitlements, its delivery addresses and logo.
 */
@Route("back-office/company/:" + CompanyPage.COMPANY_ID)
@RolesAllowed(SignedInUser.STAFF_ROLE)
public class CompanyPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String COMPANY_ID = "companyId";

    private final CompanyAdministration companies;
    private final CompanyEntitlements entitlements;
    private final CompanyDirectory directory;
    private final UserServices users;
    private final CompanyLogoService logos;
    private final AddressRegistry addresses;
    private final SecondFactorPolicy secondFactor;
    private String title = "";

    CompanyPage(CompanyAdministration companies, CompanyEntitlements entitlements, CompanyDirectory directory,
                UserServices users, CompanyLogoService logos, AddressRegistry addresses, SecondFactorPolicy secondFactor) {
        this.companies = companies;
        this.entitlements = entitlements;
        this.directory = directory;
        this.users = users;
        this.logos = logos;
        this.addresses = addresses;
        this.secondFactor = secondFactor;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var company = event.getRouteParameters().get(COMPANY_ID).flatMap(Ids::parse).flatMap(directory::company);
        if (company.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(company.get());
    }

    private void show(CompanySummary company) {
        removeAll();
        title = company.name();
        var banner = new Paragraph(getTranslation("admin-panel.on-behalf", company.name()));
        banner.addClassName("on-behalf");
        banner.getElement().setAttribute("role", "status");
        var auditLog = new Anchor("audit-log?company=" + company.id(), getTranslation("backoffice.company.audit"));

        var tabs = new TabSheet();
        tabs.add(getTranslation("backoffice.company.users"),
                new Div(new CompanySecondFactorSwitch(secondFactor, company.id()), new UserList(users, company)));
        tabs.add(getTranslation("backoffice.company.details"), details(companies.companyForEdit(company.id())));
        tabs.add(getTranslation("backoffice.company.addresses"), new CompanyAddressesEditor(addresses, company.id()));
        tabs.add(getTranslation("backoffice.company.logo"), new CompanyLogoEditor(logos, company.id()));
        tabs.setWidthFull();
        withoutFocusableTabStrip(tabs);
        add(new H1(company.name()), banner, auditLog, tabs);
    }

    /**
     * The tab strip's inner scroll box comes with tabindex="-1", which makes it count as a child
     * of the tablist that is not a tab (axe: aria-required-children), so screen readers meet an
     * unnamed element among the tabs. It never needs the focus, the tabs take it, so the attribute
     * goes once the strip has rendered.
     */
    private static void withoutFocusableTabStrip(TabSheet tabs) {
        tabs.getElement().executeJs("""
                const strip = this.querySelector(':scope > vaadin-tabs');
                customElements.whenDefined('vaadin-tabs')
                    .then(() => strip.updateComplete)
                    .then(() => strip.shadowRoot.querySelector('[part~="tabs"]').removeAttribute('tabindex'));
                """);
    }

    private Div details(EditableCompany company) {
        var form = new CompanyForm();
        form.show(company.data());
        var save = new Button(getTranslation("common.save"), click -> save(company, form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var details = new Div(new H2(getTranslation("backoffice.company.details")), form, save,
                new EntitlementsEditor(entitlements, company.id(), company.data().name(), company.entitlements()));
        ShowsRefusals.at(details, form);
        details.addClassName("company-details");
        return details;
    }

    private void save(EditableCompany company, CompanyForm form) {
        form.data().ifPresent(data -> {
            companies.updateCompany(company.id(), company.version(), data);
            Notices.done(getTranslation("backoffice.company.saved", data.name()));
            directory.company(company.id()).ifPresent(this::show);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.company.page-title", title);
    }
}
