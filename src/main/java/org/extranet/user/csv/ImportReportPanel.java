package org.extranet.user.csv;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.extranet.user.csv.ImportReport.Ending;
import org.extranet.user.csv.RowResult.Outcome;

/**
 * After an import: how many users were created, updated, left unchanged or skipped, every row that
 * was refused (or skipped) and why, and the whole report, row by row, as a CSV file.
 */
class ImportReportPanel extends Div {

    private final H2 heading = new H2();

    ImportReportPanel(ImportReport report, Runnable another) {
        addClassName("import-step");
        heading.setText(getTranslation("user-import.report.heading"));
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        if (report.ending() != Ending.FINISHED) {
            var ended = new Paragraph(getTranslation("user-import.report.ending." + report.ending().name(),
                    report.results().size(), report.total()));
            ended.addClassName("import-ending");
            add(ended);
        }
        add(ProblemTexts.counts(this, "user-import.report.count.", "CREATED", report.count(Outcome.CREATED),
                "UPDATED", report.count(Outcome.UPDATED), "UNCHANGED", report.count(Outcome.UNCHANGED),
                "SKIPPED", report.count(Outcome.SKIPPED), "REFUSED", report.count(Outcome.REFUSED)));
        List<RowResult> notImported = report.results().stream()
                .filter(result -> result.outcome() == Outcome.REFUSED || result.outcome() == Outcome.SKIPPED).toList();
        if (!notImported.isEmpty()) {
            add(new H3(getTranslation("user-import.report.not-imported")), grid(notImported));
        }
        byte[] csv = ImportReportCsv.write(this, report.results());
        var download = new Anchor(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(csv), "import-report.csv", UserCsvFormat.CONTENT_TYPE, csv.length)), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("user-import.report.download")));
        download.setId("user-import-report-download");
        var chooseAgain = new Button(getTranslation("user-import.another"), click -> another.run());
        var actions = new FlexLayout(download, chooseAgain);
        actions.addClassName("import-buttons");
        add(actions);
    }

    private Grid<RowResult> grid(List<RowResult> rows) {
        var grid = new Grid<RowResult>();
        grid.setAriaLabel(getTranslation("user-import.report.not-imported"));
        grid.addColumn(RowResult::row).setHeader(getTranslation("user-import.column.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowResult::email).setHeader(getTranslation("user-import.column.email")).setWidth("14rem");
        grid.addColumn(result -> getTranslation("user-import.outcome." + result.outcome().name()))
                .setHeader(getTranslation("user-import.column.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(result -> ProblemTexts.of(this, result.problem())).setHeader(getTranslation("user-import.column.problem"))
                .setWidth("16rem").setFlexGrow(2);
        grid.addClassName("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 20);
        return grid;
    }

    H2 heading() {
        return heading;
    }
}
