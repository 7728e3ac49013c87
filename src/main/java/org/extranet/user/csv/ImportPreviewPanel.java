package org.extranet.user.csv;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.BiConsumer;
import org.extranet.base.Language;
import org.extranet.user.csv.RowCheck.Verdict;

/**
 * The preview: how many rows would create, change or leave users as they are, every row with a
 * problem and why (those are not imported), and the user's choices: send invitations or not,
 * update users already in the company or leave them. Nothing is written until "Import".
 */
class ImportPreviewPanel extends Div {

    private final H2 heading = new H2();
    private final Checkbox notify = new Checkbox();
    private final RadioButtonGroup<Boolean> existing = new RadioButtonGroup<>();
    private final Button start = new Button();

    ImportPreviewPanel(ImportFile file, List<RowCheck> checks, BiConsumer<ImportFile, ImportChoices> run, Runnable another) {
        addClassName("import-step");
        heading.setText(getTranslation("user-import.preview.heading"));
        heading.getElement().setAttribute("tabindex", "-1");
        long created = count(checks, Verdict.NEW);
        long changed = count(checks, Verdict.CHANGED);
        List<RowCheck> refused = checks.stream().filter(check -> check.verdict() == Verdict.REFUSED).toList();
        add(heading, new Paragraph(getTranslation("user-import.preview.intro", checks.size())),
                ProblemTexts.counts(this, "user-import.preview.count.", "NEW", created, "CHANGED", changed,
                        "UNCHANGED", count(checks, Verdict.UNCHANGED), "REFUSED", refused.size()));
        if (!refused.isEmpty()) {
            add(new H3(getTranslation("user-import.preview.problems")), problems(refused));
        }

        notify.setLabel(getTranslation("user-import.choice.notify"));
        notify.setHelperText(getTranslation("user-import.choice.notify.help"));
        existing.setLabel(getTranslation("user-import.choice.existing"));
        existing.setItems(true, false);
        existing.setItemLabelGenerator(update -> getTranslation(update ? "user-import.choice.update" : "user-import.choice.skip"));
        existing.setValue(true);
        existing.setVisible(changed > 0);

        start.setText(getTranslation("user-import.start"));
        start.setIcon(VaadinIcon.UPLOAD.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(created + changed > 0);
        start.addClickListener(click -> run.accept(file,
                new ImportChoices(notify.getValue(), existing.getValue(), Language.of(getLocale()))));
        var chooseAgain = new Button(getTranslation("user-import.another"), click -> another.run());
        var buttons = new FlexLayout(start, chooseAgain);
        buttons.addClassName("import-buttons");
        add(notify, existing);
        if (created + changed == 0) {
            add(new Paragraph(getTranslation("user-import.preview.nothing")));
        }
        add(buttons);
    }

    private Grid<RowCheck> problems(List<RowCheck> refused) {
        var grid = new Grid<RowCheck>();
        grid.setAriaLabel(getTranslation("user-import.preview.problems"));
        grid.addColumn(RowCheck::row).setHeader(getTranslation("user-import.column.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowCheck::email).setHeader(getTranslation("user-import.column.email")).setWidth("14rem");
        grid.addColumn(check -> ProblemTexts.of(this, check.problem())).setHeader(getTranslation("user-import.column.problem"))
                .setWidth("16rem").setFlexGrow(2);
        grid.addClassName("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(refused);
        grid.setAllRowsVisible(refused.size() <= 20);
        return grid;
    }

    private static long count(List<RowCheck> checks, Verdict verdict) {
        return checks.stream().filter(check -> check.verdict() == verdict).count();
    }

    H2 heading() {
        return heading;
    }

    Button startButton() {
        return start;
    }
}
