package org.extranet.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.util.List;
import org.extranet.base.ui.Confirmation;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.RowActions;
import org.extranet.base.ui.Times;
import org.extranet.security.SignedInUser;
import org.jspecify.annotations.Nullable;

/**
 * The Distributor Service Department's accounts, from the back office: who has a second factor
 * and when each last signed in, and "Remove second factor" for a colleague who lost theirs (never
 * on one's own row: that is changed on Account information).
 */
@Route(StaffView.PATH)
@RolesAllowed(SignedInUser.STAFF_ROLE)
public class StaffView extends Div implements HasDynamicTitle {

    public static final String PATH = "back-office/staff";

    private final StaffAccounts staff;
    private final Grid<StaffAccount> grid = new Grid<>();

    StaffView(StaffAccounts staff) {
        this.staff = staff;
        addClassName("page");
        grid.addColumn(StaffAccount::name).setHeader(getTranslation("staff.column.name")).setFlexGrow(2);
        grid.addColumn(StaffAccount::email).setHeader(getTranslation("staff.column.email")).setFlexGrow(2);
        grid.addColumn(account -> account.secondFactorSince() == null ? getTranslation("staff.second-factor.none")
                : time(account.secondFactorSince())).setHeader(getTranslation("staff.column.second-factor"));
        grid.addColumn(account -> account.lastSignInAt() == null ? getTranslation("staff.never")
                : time(account.lastSignInAt())).setHeader(getTranslation("staff.column.last-sign-in"));
        RowActions.addTo(grid, getTranslation("staff.column.actions"), this::actions);
        grid.setAriaLabel(getTranslation("staff.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("staff.title")), new Paragraph(getTranslation("staff.intro")), grid);
        refresh();
    }

    private List<Button> actions(StaffAccount account) {
        if (account.yourself() || account.secondFactorSince() == null) {
            return List.of();
        }
        var remove = RowActions.button(VaadinIcon.KEY, getTranslation("staff.remove-second-factor"),
                getTranslation("staff.remove-second-factor.name", account.name()));
        remove.addClickListener(click -> new Confirmation("remove-staff-second-factor",
                getTranslation("staff.remove-second-factor.title"),
                getTranslation("staff.remove-second-factor.question", account.name()), getTranslation("common.cancel"),
                getTranslation("staff.remove-second-factor"), () -> remove(account)).open());
        return List.of(remove);
    }

    private void remove(StaffAccount account) {
        staff.removeSecondFactor(account.id());
        refresh();
        Notices.done(getTranslation("staff.second-factor-removed", account.name()));
    }

    private void refresh() {
        grid.setItems(staff.staffAccounts());
    }

    private String time(@Nullable OffsetDateTime moment) {
        return moment == null ? "" : Times.dateTime(getLocale()).format(moment);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " – " + getTranslation("app.name");
    }
}
