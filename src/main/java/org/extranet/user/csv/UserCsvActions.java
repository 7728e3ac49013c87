package org.extranet.user.csv;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.extranet.base.PageRequest;
import org.extranet.base.SortOrder;
import org.extranet.base.UserStatus;
import org.extranet.base.ui.FilterBar;
import org.extranet.company.CompanySummary;
import org.extranet.user.UserListQuery;
import org.extranet.user.UserListQuery.SortKey;
import org.extranet.user.UserRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The admin panel's CSV links above the user list: "Export users (CSV)" downloads the list as it
 * is filtered and sorted at the moment of the click, "Import users (CSV)" opens the import page for
 * the same company.
 */
public class UserCsvActions extends FlexLayout {

    private static final Logger log = LoggerFactory.getLogger(UserCsvActions.class);

    private final UserCsvServices csv;
    private final CompanySummary company;
    private final FilterBar<UserStatus> filters;
    private final Grid<UserRow> grid;

    public UserCsvActions(UserCsvServices csv, CompanySummary company, FilterBar<UserStatus> filters, Grid<UserRow> grid) {
        this.csv = csv;
        this.company = company;
        this.filters = filters;
        this.grid = grid;
        addClassName("csv-actions");

        var export = new Anchor((DownloadHandler) this::download, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("user-csv.export")));
        export.getElement().setAttribute("title", getTranslation("user-csv.export.help"));
        export.setId("user-csv-export");

        var importLink = new RouterLink(UserImportView.class);
        importLink.add(VaadinIcon.UPLOAD.create(), new Span(getTranslation("user-csv.import")));
        importLink.setQueryParameters(QueryParameters.of(UserImportView.COMPANY_PARAMETER, String.valueOf(company.id())));
        importLink.setId("user-csv-import");
        add(export, importLink);
    }

    private void download(DownloadEvent event) throws IOException {
        var query = new AtomicReference<UserListQuery>();
        event.getUI().accessSynchronously(() -> query.set(currentQuery()));
        event.setFileName("users-" + company.customerNumber().replaceAll("[^A-Za-z0-9_-]", "_") + ".csv");
        event.setContentType(UserCsvFormat.CONTENT_TYPE);
        OutputStream out = event.getOutputStream();
        try {
            UserCsvExport.write(csv.export(), Objects.requireNonNull(query.get()), out);
        } catch (AccessDeniedException refused) {
            // Audited by the service. Nothing has gone out yet (the header waits in the writer's
            // buffer), so the browser gets a refusal instead of a file.
            log.warn("User export refused for company {}", company.id());
            event.getResponse().setStatus(403);
            return;
        }
        out.close();
    }

    /** The list as the grid shows it now: its search, status and sort; the export takes every page. */
    UserListQuery currentQuery() {
        List<SortOrder<SortKey>> sort = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> new SortOrder<>(SortKey.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING))
                .toList();
        return new UserListQuery(company.id(), filters.searchText(), filters.status(), new PageRequest<>(0, 1, sort));
    }
}
