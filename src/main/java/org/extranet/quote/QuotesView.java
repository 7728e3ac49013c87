package org.extranet.quote;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.extranet.base.PermissionCodes;
import org.extranet.base.ui.Paging;
import org.extranet.base.ui.RowCount;

/** The company's quotes for end customers, newest first, each with its printable page and PDF. */
@Route("quotes")
@RolesAllowed(PermissionCodes.PREPARE_QUOTES)
@Menu(order = 35, title = "nav.quotes")
public class QuotesView extends Div implements HasDynamicTitle {

    private final QuoteService quotes;

    QuotesView(QuoteService quotes) {
        this.quotes = quotes;
        addClassName("page");
        var create = new Button(getTranslation("quote.new"), VaadinIcon.PLUS.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(NewQuoteView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var grid = grid();
        add(new H1(getTranslation("quote.list.title")), new Paragraph(getTranslation("quote.list.intro")), create,
                new RowCount(grid, "quote.list.count"), grid);
    }

    private Grid<QuoteRow> grid() {
        var grid = new Grid<QuoteRow>();
        grid.setAriaLabel(getTranslation("quote.list.grid"));
        grid.addComponentColumn(row -> new RouterLink(row.number(), QuotePrintView.class,
                        new RouteParameters(QuotePrintView.ID, String.valueOf(row.id()))))
                .setHeader(getTranslation("quote.number")).setAutoWidth(true).setFlexGrow(0);
        // Names start at a width and wrap rather than being cut off.
        grid.addColumn(QuoteRow::customerName).setHeader(getTranslation("quote.customer.name")).setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(row -> Amounts.date(row.createdAt(), getLocale())).setHeader(getTranslation("quote.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuoteRow::createdByName).setHeader(getTranslation("quote.prepared-by")).setWidth("10rem");
        grid.addColumn(row -> Amounts.money(row.grossTotal(), getLocale())).setHeader(getTranslation("quote.total.gross"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        // The row's action, kept in view at the end however narrow the screen (as every grid's actions).
        grid.addComponentColumn(this::pdfLink).setHeader(getTranslation("quote.pdf")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("quote.list.empty"));
        grid.setItems(query -> quotes.list(Paging.unsorted(query)).stream(), query -> quotes.count());
        return grid;
    }

    private Anchor pdfLink(QuoteRow row) {
        var link = new Anchor(QuotePdfDownload.handler(quotes, row.id(), row.number(), getLocale()),
                getTranslation("quote.pdf.download"));
        link.getElement().setAttribute("aria-label", getTranslation("quote.pdf.download-named", row.number()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.list.page-title");
    }
}
