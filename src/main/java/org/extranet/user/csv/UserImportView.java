package org.extranet.user.csv;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.extranet.account.AccountService;
import org.extranet.base.Ids;
import org.extranet.base.Language;
import org.extranet.base.PermissionCodes;
import org.extranet.company.CompanyDirectory;
import org.extranet.company.CompanySummary;
import org.extranet.user.AdminPanelView;
import org.extranet.user.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * "Import users (CSV)": upload a file, see what it would do, choose, run it with progress, read
 * the report. An administrator imports into their own company; staff into the company the address
 * names ({@code ?company=ID}), on its behalf.
 */
@Route("admin/import")
@RolesAllowed({PermissionCodes.MANAGE_USERS, PermissionCodes.SERVICE_STAFF})
public class UserImportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String COMPANY_PARAMETER = "company";

    private final UserCsvServices csv;
    private final UserDirectory users;
    private final @Nullable CompanyDirectory companies;
    private final Paragraph companyLine = new Paragraph();
    private final RouterLink back = new RouterLink();
    private final Div content = new Div();
    private @Nullable CompanySummary company;
    private @Nullable ImportRun running;

    UserImportView(UserCsvServices csv, UserDirectory users, CompanyDirectory companies, AccountService accounts) {
        this.csv = csv;
        this.users = users;
        this.companies = accounts.myAccount().staff() ? companies : null;
        addClassName("page");
        addClassName("user-import-page");
        back.setText(getTranslation("user-import.back"));
        back.setRoute(AdminPanelView.class);
        companyLine.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("user-import.title")), companyLine, back, content);
    }

    /** Staff: the company the address names, else not found; an administrator: their own, whatever the address says. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CompanySummary> chosen;
        if (companies == null) {
            chosen = Optional.of(users.myCompany());
        } else {
            chosen = event.getLocation().getQueryParameters().getSingleParameter(COMPANY_PARAMETER)
                    .flatMap(Ids::parse).flatMap(companies::company);
        }
        if (chosen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        company = chosen.get();
        companyLine.setText(getTranslation(companies == null ? "admin-panel.company" : "admin-panel.on-behalf", company.name()));
        if (companies != null) {
            back.setQueryParameters(QueryParameters.of(COMPANY_PARAMETER, String.valueOf(company.id())));
        }
        showUpload();
    }

    private void showUpload() {
        var step = new ImportUploadStep(this::preview);
        show(step, step.heading());
    }

    private void preview(ImportFile file) {
        var checks = csv.check().checkImport(company().id(), file, Language.of(getLocale()));
        var step = new ImportPreviewPanel(file, checks, this::run, this::showUpload);
        show(step, step.heading());
    }

    private void run(ImportFile file, ImportChoices choices) {
        var progress = new ImportProgressPanel(file.rows().size(), () -> {
            if (running != null) {
                running.stop();
            }
        });
        show(progress, progress.heading());
        running = ImportRun.start(csv, company().id(), file, choices, progress::progress, this::report);
    }

    private void report(ImportReport report) {
        running = null;
        var step = new ImportReportPanel(report, this::showUpload);
        show(step, step.heading());
    }

    /** A new step replaces the last one, and the keyboard's focus moves to its heading. */
    private void show(Component step, H2 heading) {
        content.removeAll();
        content.add(step);
        heading.getElement().callJsFunction("focus");
    }

    private CompanySummary company() {
        if (company == null) {
            throw new IllegalStateException("No company chosen");
        }
        return company;
    }

    /** For tests: the import running now, if any. */
    @Nullable ImportRun running() {
        return running;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        detachEvent.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user-import.page-title");
    }
}
