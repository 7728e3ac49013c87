package org.extranet.application;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Confirmation;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.RowActions;
import org.extranet.base.ui.RowCount;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.security.SignedInUser;

/**
 * The back office's applications: the extranet's other applications registered with the OpenID
 * Connect provider, registering one, editing it, renewing a confidential one's secret (shown once)
 * and disabling or enabling it.
 */
@Route(ApplicationsView.PATH)
@RolesAllowed(SignedInUser.STAFF_ROLE)
public class ApplicationsView extends Div implements HasDynamicTitle, ShowsRefusals {

    public static final String PATH = "back-office/applications";

    private final Applications applications;
    private final Grid<ApplicationRow> grid = new Grid<>();

    ApplicationsView(Applications applications) {
        this.applications = applications;
        addClassName("page");
        var register = new Button(getTranslation("application.register"), VaadinIcon.PLUS.create(), click -> register());
        register.addClassName("register-application");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(ApplicationRow::name).setHeader(getTranslation("application.column.name"))
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(ApplicationRow::clientId).setHeader(getTranslation("application.column.client-id"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.confidential() ? "application.kind.confidential.short"
                : "application.kind.public.short")).setHeader(getTranslation("application.column.kind")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.enabled() ? "application.status.enabled" : "application.status.disabled"))
                .setHeader(getTranslation("application.column.status")).setAutoWidth(true);
        grid.addColumn(ApplicationRow::redirectUris).setHeader(getTranslation("application.column.redirect-uris"))
                .setAutoWidth(true).setFlexGrow(0);
        RowActions.addTo(grid, getTranslation("application.column.actions"), this::actions);
        grid.setAriaLabel(getTranslation("application.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H1(getTranslation("application.title")), new Paragraph(getTranslation("application.intro")), register,
                new RowCount(grid, "application.count"), grid);
        refresh();
    }

    private List<Button> actions(ApplicationRow row) {
        var actions = new ArrayList<Button>();
        var edit = RowActions.button(VaadinIcon.EDIT, getTranslation("application.edit"),
                getTranslation("application.edit.of", row.name()));
        edit.addClassName("edit-application");
        edit.addClickListener(click -> edit(row));
        actions.add(edit);
        if (row.confidential()) {
            var renew = RowActions.button(VaadinIcon.KEY, getTranslation("application.renew-secret"),
                    getTranslation("application.renew-secret.of", row.name()));
            renew.addClassName("renew-secret");
            renew.addClickListener(click -> new Confirmation("renew-secret",
                    getTranslation("application.renew-secret.title", row.name()),
                    getTranslation("application.renew-secret.question"), getTranslation("application.cancel"),
                    getTranslation("application.renew-secret"), () -> renew(row)).open());
            actions.add(renew);
        }
        var switchOver = RowActions.button(row.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE,
                getTranslation(row.enabled() ? "application.disable" : "application.enable"),
                getTranslation(row.enabled() ? "application.disable.of" : "application.enable.of", row.name()));
        switchOver.addClassName(row.enabled() ? "disable-application" : "enable-application");
        switchOver.addClickListener(click -> {
            if (row.enabled()) {
                new Confirmation("disable-application", getTranslation("application.disable.title", row.name()),
                        getTranslation("application.disable.question"), getTranslation("application.cancel"),
                        getTranslation("application.disable"), () -> enable(row, false)).open();
            } else {
                enable(row, true);
            }
        });
        actions.add(switchOver);
        return actions;
    }

    private void register() {
        var dialog = new ApplicationDialog(getTranslation("application.register.title"),
                getTranslation("application.register"), data -> {
            IssuedSecret issued = applications.registerApplication(data);
            refresh();
            Notices.done(getTranslation("application.registered", data.name().strip()));
            new SecretDialog(data.name().strip(), issued).open();
        });
        dialog.open();
    }

    private void edit(ApplicationRow row) {
        var dialog = new ApplicationDialog(getTranslation("application.edit.title", row.name()),
                getTranslation("application.save"), data -> {
            applications.updateApplication(row.id(), data);
            refresh();
            Notices.done(getTranslation("application.saved"));
        });
        dialog.showing(applications.application(row.id())).open();
    }

    private void renew(ApplicationRow row) {
        IssuedSecret issued = applications.renewSecret(row.id());
        Notices.done(getTranslation("application.secret.renewed", row.name()));
        new SecretDialog(row.name(), issued).open();
    }

    private void enable(ApplicationRow row, boolean enabled) {
        applications.enableApplication(row.id(), enabled);
        refresh();
        Notices.done(getTranslation(enabled ? "application.enabled" : "application.disabled"));
    }

    private void refresh() {
        grid.setItems(applications.listApplications());
    }

    /** An application removed or changed meanwhile: the list catches up, and the refusal is shown as a notice. */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof ConcurrentChange) {
            refresh();
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.title") + " – " + getTranslation("app.name");
    }
}
