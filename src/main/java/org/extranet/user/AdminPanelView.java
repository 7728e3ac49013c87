package org.extranet.user;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.extranet.account.AccountService;
import org.extranet.audit.AuditLogView;
import org.extranet.base.Ids;
import org.extranet.base.PermissionCodes;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.Paging;
import org.extranet.company.CompanyDirectory;
import org.extranet.company.CompanySummary;
import org.extranet.secondfactor.CompanySecondFactorSwitch;
import org.extranet.secondfactor.SecondFactorPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The admin panel: an administrator manages the users of their own
 * company; the service department first chooses a company and then acts on its behalf. The chosen
 * company is in the address ({@code ?company=ID}), so a reload or a shared link keeps it; so is the
 * list's status filter ({@code ?status=invited}), which the start page's shortcuts link to.
 */
@Route("admin")
@RolesAllowed({PermissionCodes.MANAGE_USERS, PermissionCodes.SERVICE_STAFF})
@Menu(order = 10, title = "nav.admin-panel")
public class AdminPanelView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String COMPANY_PARAMETER = "company";
    static final String STATUS_PARAMETER = "status";

    private final UserServices users;
    private final SecondFactorPolicy secondFactor;
    private final @Nullable CompanyDirectory directory;
    private final ComboBox<CompanySummary> chooser = new ComboBox<>();
    private final Div onBehalf = new Div();
    private final Div content = new Div();
    private @Nullable CompanySummary company;
    private @Nullable UserList list;

    AdminPanelView(UserServices users, CompanyDirectory directory, AccountService accounts, SecondFactorPolicy secondFactor) {
        this.users = users;
        this.secondFactor = secondFactor;
        this.directory = accounts.myAccount().staff() ? directory : null;
        addClassName("page");
        add(new H1(getTranslation("admin-panel.title")));
        if (this.directory != null) {
            buildChooser(this.directory);
            add(chooser, onBehalf);
        } else {
            CompanySummary own = users.directory().myCompany();
            var auditLog = new RouterLink(getTranslation("admin-panel.audit-log"), AuditLogView.class);
            add(new Paragraph(getTranslation("admin-panel.company", own.name())), auditLog);
            show(own);
        }
        add(content);
    }

    private void buildChooser(CompanyDirectory companies) {
        chooser.setLabel(getTranslation("admin-panel.choose-company"));
        chooser.setHelperText(getTranslation("admin-panel.choose-company.help"));
        chooser.setPrefixComponent(VaadinIcon.SEARCH.create());
        chooser.setWidth("min(32rem, 100%)");
        chooser.setClearButtonVisible(true);
        chooser.setItemLabelGenerator(choice -> choice.name() + " (" + choice.customerNumber() + ")");
        chooser.setItems(query -> companies.findCompanies(query.getFilter().orElse(""),
                Paging.of(query, CompanyDirectory.SortKey.class)).stream());
        chooser.addValueChangeListener(change -> {
            CompanySummary chosen = change.getValue();
            if (!Objects.equals(chosen, company)) {
                UI.getCurrent().navigate(AdminPanelView.class, chosen == null
                        ? QueryParameters.empty()
                        : QueryParameters.of(COMPANY_PARAMETER, String.valueOf(chosen.id())));
            }
        });
        onBehalf.getElement().setAttribute("role", "status");
        onBehalf.addClassName("on-behalf");
    }

    /**
     * A {@code ?company=} that is no id is not found, for everyone. For staff, so is an id that
     * names no company; an administrator's panel shows their own company whatever the address says.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> parameter = event.getLocation().getQueryParameters().getSingleParameter(COMPANY_PARAMETER);
        Optional<Long> requested = parameter.flatMap(Ids::parse);
        if (parameter.isPresent() && requested.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (directory != null && !chooseCompany(directory, event, requested)) {
            return;
        }
        if (list != null) {
            list.filterByStatus(status(event), this::keepInAddress);
        }
    }

    /** Staff: the company the address names (false when it names none), or else none chosen yet. */
    private boolean chooseCompany(CompanyDirectory companies, BeforeEnterEvent event, Optional<Long> requested) {
        Optional<CompanySummary> chosen = requested.flatMap(companies::company);
        if (requested.isPresent() && chosen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return false;
        }
        company = chosen.orElse(null);
        chooser.setValue(company);
        if (company == null) {
            onBehalf.setText(getTranslation("admin-panel.choose-company.intro"));
            content.removeAll();
            list = null;
        } else {
            onBehalf.setText(getTranslation("admin-panel.on-behalf", company.name()));
            show(company);
        }
        return true;
    }

    private void show(CompanySummary chosen) {
        company = chosen;
        content.removeAll();
        list = new UserList(users, chosen);
        content.add(new CompanySecondFactorSwitch(secondFactor, chosen.id()), list);
    }

    /** The status the address asks for ({@code ?status=locked}); anything else shows every status. */
    private static @Nullable UserStatus status(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(STATUS_PARAMETER)
                .flatMap(value -> Arrays.stream(UserStatus.values())
                        .filter(status -> status.name().equalsIgnoreCase(value)).findFirst())
                .orElse(null);
    }

    /** The user's own choice of status goes into the address too, without a new entry in the history. */
    private void keepInAddress(@Nullable UserStatus status) {
        getUI().ifPresent(ui -> {
            Location here = ui.getInternals().getActiveViewLocation();
            QueryParameters parameters = status == null
                    ? here.getQueryParameters().excluding(STATUS_PARAMETER)
                    : here.getQueryParameters().merging(STATUS_PARAMETER, status.name().toLowerCase(Locale.ROOT));
            ui.getPage().getHistory().replaceState(null, new Location(here.getPath(), parameters));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-panel.page-title");
    }
}
