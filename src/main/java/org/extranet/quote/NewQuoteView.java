package org.extranet.quote;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.extranet.base.FieldRefusal;
import org.extranet.base.PermissionCodes;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Notices;
import org.extranet.base.ui.ShowsRefusals;

/**
 * A new quote for an end customer: who it is for, then any number of lines, with the totals
 * kept up to date as the lines change. Saving opens the printable quote.
 */
@Route("quotes/new")
@RolesAllowed(PermissionCodes.PREPARE_QUOTES)
public class NewQuoteView extends Div implements HasDynamicTitle, ShowsRefusals {

    private final QuoteService quotes;
    private final QuoteCustomerFields customer = new QuoteCustomerFields();
    private final Div lines = new Div();
    private final List<QuoteLineEditor> editors = new ArrayList<>();
    private final Paragraph linesError = new Paragraph();
    private final Span net = new Span();
    private final Span vat = new Span();
    private final Span gross = new Span();
    private final Button addLine;

    NewQuoteView(QuoteService quotes) {
        this.quotes = quotes;
        addClassName("page");
        addClassName("new-quote-page");
        add(new H1(getTranslation("quote.new.title")), new Paragraph(getTranslation("quote.new.intro")));

        add(new H2(getTranslation("quote.customer")), customer);

        lines.addClassName("quote-lines");
        linesError.addClassName("form-error");
        linesError.getElement().setAttribute("role", "alert");
        addLine = new Button(getTranslation("quote.line.add"), VaadinIcon.PLUS.create(), click -> addLine(true));
        add(new H2(getTranslation("quote.lines")), lines, linesError, addLine);

        var totals = new Div(total("quote.total.net", net), total("quote.total.vat", vat),
                total("quote.total.gross", gross));
        totals.addClassName("quote-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("quote.totals")), totals);

        var save = new Button(getTranslation("quote.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("quote-save");
        var cancel = new Button(getTranslation("quote.cancel"),
                click -> getUI().ifPresent(ui -> ui.navigate(QuotesView.class)));
        var buttons = new FlexLayout(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons);
        addLine(false);
    }

    private Div total(String key, Span amount) {
        var row = new Div(new Span(getTranslation(key)), amount);
        row.addClassName("quote-total");
        amount.addClassName("quote-total-amount");
        return row;
    }

    private void addLine(boolean focus) {
        var editor = new QuoteLineEditor(this::recalculate, this::removeLine);
        editors.add(editor);
        lines.add(editor);
        renumber();
        recalculate();
        linesError.setText("");
        if (focus) {
            editor.product.focus();
        }
    }

    private void removeLine(QuoteLineEditor editor) {
        int index = editors.indexOf(editor);
        editors.remove(editor);
        lines.remove(editor);
        renumber();
        recalculate();
        // Focus stays in the list: on the line that took the removed one's place, or on "Add line".
        if (editors.isEmpty()) {
            addLine.focus();
        } else {
            editors.get(Math.min(index, editors.size() - 1)).product.focus();
        }
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number(i + 1);
        }
        addLine.setEnabled(editors.size() < QuoteRules.MAX_LINES);
    }

    /** Totals of the lines that can be computed; a line still being filled in counts as nothing yet. */
    private void recalculate() {
        var totals = QuoteTotals.of(editors.stream().map(QuoteLineEditor::amounts).flatMap(Optional::stream).toList());
        net.setText(Amounts.money(totals.net(), getLocale()));
        vat.setText(Amounts.money(totals.vat(), getLocale()));
        gross.setText(Amounts.money(totals.gross(), getLocale()));
    }

    private void save() {
        Optional<Focusable<?>> firstProblem = validate();
        if (firstProblem.isPresent()) {
            firstProblem.get().focus();
            return;
        }
        long id = quotes.create(draft());
        var number = quotes.quote(id).map(QuoteDocument::number).orElse("");
        Notices.done(getTranslation("quote.saved", number));
        getUI().ifPresent(ui -> ui.navigate(QuotePrintView.class,
                new RouteParameters(QuotePrintView.ID, String.valueOf(id))));
    }

    private Optional<Focusable<?>> validate() {
        List<Focusable<?>> problems = new ArrayList<>();
        customer.validate().ifPresent(problems::add);
        if (editors.isEmpty()) {
            linesError.setText(getTranslation("quote.error.no-lines"));
            problems.add(addLine);
        }
        editors.forEach(editor -> editor.validate().ifPresent(problems::add));
        return problems.stream().findFirst();
    }

    /** The service's refusal of what was typed is shown at the field, on its line. */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof FieldRefusal invalid && invalid.field() instanceof QuoteField field) {
            showAt(field, invalid.line(), getTranslation(invalid.messageKey(), invalid.arguments()));
            return true;
        }
        return false;
    }

    private void showAt(QuoteField field, int line, String message) {
        var customerField = customer.field(field);
        if (customerField.isPresent()) {
            mark(customerField.get(), message);
        } else if (field == QuoteField.LINES) {
            linesError.setText(message);
            addLine.focus();
        } else {
            mark((HasValidation) editors.get(line).field(field), message);
        }
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        ((Focusable<?>) field).focus();
    }

    private QuoteDraft draft() {
        return customer.draft(editors.stream().map(QuoteLineEditor::value).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.new.page-title");
    }
}
