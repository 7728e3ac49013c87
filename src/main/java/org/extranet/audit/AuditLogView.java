package org.extranet.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.extranet.base.Ids;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ProductTime;
import org.extranet.base.ui.Paging;
import org.extranet.base.ui.RowCount;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The audit log: who changed what, when, on whose behalf, with the state before and after.
 * Staff see every company (or one, with {@code ?company=ID}); an administrator sees their own
 * company only, whatever the address says. Read-only. Linked from the admin panel and the back
 * office, so it has no entry in the top bar.
 */
@Route("audit-log")
@RolesAllowed({PermissionCodes.SERVICE_STAFF, PermissionCodes.MANAGE_USERS})
public class AuditLogView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String COMPANY_PARAMETER = "company";

    private final AuditTrail trail;
    private final DateTimeFormatter time;
    private final Div scopeText = new Div();
    private final TextField user = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DateRangeFilter dates;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Grid.Column<AuditEntry> timeColumn;
    private final Grid.Column<AuditEntry> companyColumn;
    private @Nullable AuditScope scope;

    AuditLogView(AuditTrail trail) {
        this.trail = trail;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ProductTime.ZONE);
        addClassName("page");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), scopeText);

        user.setLabel(getTranslation("audit.user"));
        user.addClassName("grid-filter");
        user.setHelperText(getTranslation("audit.user.help"));
        user.setPrefixComponent(VaadinIcon.SEARCH.create());
        user.setClearButtonVisible(true);
        user.setMaxLength(200);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.addValueChangeListener(change -> refresh());

        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.all-actions"));
        action.setItemLabelGenerator(this::actionLabel);
        action.addValueChangeListener(change -> refresh());

        dates = new DateRangeFilter(this::refresh);

        var filters = new FlexLayout(user, action, dates);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        grid.setAriaLabel(getTranslation("audit.grid"));
        timeColumn = grid.addColumn(entry -> time.format(entry.occurredAt())).setKey("time").setHeader(getTranslation("audit.time"))
                .setSortable(true).setSortProperty(AuditQuery.SortKey.TIME.name()).setAutoWidth(true).setFlexGrow(0);
        // Text columns start at a width and share what is left, and their cells wrap: at 1366 px the
        // details are read in full beside the rest, not cut off or pushed out of view.
        grid.addComponentColumn(this::who).setKey("who").setHeader(getTranslation("audit.who")).setWidth("13rem");
        companyColumn = grid.addColumn(entry -> text(entry.companyName())).setKey("company").setHeader(getTranslation("audit.company"))
                .setWidth("9rem");
        grid.addColumn(entry -> actionLabel(entry.action())).setKey("action").setHeader(getTranslation("audit.action"))
                .setWidth("9rem");
        grid.addColumn(entry -> text(entry.subjectLabel())).setKey("subject").setHeader(getTranslation("audit.subject"))
                .setWidth("13rem");
        grid.addColumn(AuditEntryDetails::summary).setKey("details").setHeader(getTranslation("audit.details"))
                .setTooltipGenerator(AuditEntryDetails::summary).setWidth("14rem").setFlexGrow(2);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(AuditEntryDetails::new));
        // The changes are the point of the log: they wrap onto more lines rather than being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.sort(GridSortOrder.desc(timeColumn).build());
        add(filters, new RowCount(grid, "audit.count"), grid);
    }

    /**
     * A {@code ?company=} that is no id is not found; for staff, so is one that names no company,
     * rather than quietly showing every company's log under a link meant for one.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> parameter = event.getLocation().getQueryParameters().getSingleParameter(COMPANY_PARAMETER);
        Long requested = parameter.flatMap(Ids::parse).orElse(null);
        if (parameter.isPresent() && requested == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        AuditScope current;
        try {
            current = trail.scope(requested);
        } catch (AccessDeniedException refused) {
            // The trail has put the refusal on record already; "not found", as for any page refused.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (requested != null && current.staff() && !requested.equals(current.companyId())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        scope = current;
        showScope(current);
        companyColumn.setVisible(current.staff());
        grid.setItems(query -> trail.list(query(current, query)).stream(),
                query -> trail.count(query(current, query)));
    }

    private void showScope(AuditScope scope) {
        scopeText.removeAll();
        if (!scope.staff()) {
            scopeText.add(new Paragraph(getTranslation("audit.scope.own", text(scope.companyName()))));
        } else if (scope.allCompanies()) {
            scopeText.add(new Paragraph(getTranslation("audit.scope.all")));
        } else {
            scopeText.add(new Paragraph(getTranslation("audit.scope.one", text(scope.companyName()))),
                    new RouterLink(getTranslation("audit.scope.show-all"), AuditLogView.class));
        }
    }

    private AuditQuery query(AuditScope scope, Query<AuditEntry, ?> query) {
        return AuditQuery.of(scope.companyId())
                .withText(user.getValue())
                .withAction(action.getValue())
                .between(dates.from(), dates.to())
                .page(Paging.of(query, AuditQuery.SortKey.class));
    }

    private void refresh() {
        if (scope != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    private Component who(AuditEntry entry) {
        var who = new Span(new Span(entry.actorLabel()));
        // Grid cells cut long text off with an ellipsis, which took the "on behalf" badge with it:
        // the cell wraps instead, so the badge is always seen.
        who.getStyle().set("white-space", "normal");
        if (entry.onBehalf()) {
            var badge = new Badge(getTranslation("audit.on-behalf"));
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            who.add(badge);
        }
        return who;
    }

    private String actionLabel(@Nullable AuditAction value) {
        return value == null ? getTranslation("audit.all-actions") : getTranslation("audit.action." + value.name());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
