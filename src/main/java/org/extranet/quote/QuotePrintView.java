package org.extranet.quote;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.extranet.base.Ids;
import org.extranet.base.PermissionCodes;
import org.springframework.security.access.AccessDeniedException;

/**
 * A quote as the end customer gets it, ready to print (the print style sheet leaves out the
 * product's own bars and buttons), with its PDF to download.
 */
@Route("quotes/:" + QuotePrintView.ID + "/print")
@RolesAllowed(PermissionCodes.PREPARE_QUOTES)
public class QuotePrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final QuoteService quotes;
    private String title = "";

    QuotePrintView(QuoteService quotes) {
        this.quotes = quotes;
        addClassName("page");
        addClassName("quote-print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<QuoteDocument> quote = event.getRouteParameters().get(ID).flatMap(Ids::parse).flatMap(this::load);
        if (quote.isPresent()) {
            show(quote.get());
        } else {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Another company's quote is shown exactly like a missing one: its existence is not told. */
    private Optional<QuoteDocument> load(long id) {
        try {
            return quotes.quote(id);
        } catch (AccessDeniedException refused) {
            return Optional.empty();
        }
    }

    private void show(QuoteDocument quote) {
        title = getTranslation("quote.document.title-with-number", quote.number());
        var print = new Button(getTranslation("quote.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var pdf = new Anchor(QuotePdfDownload.handler(quotes, quote.id(), quote.number(), getLocale()),
                getTranslation("quote.pdf.download"));
        pdf.addClassName("quote-pdf-link");
        var back = new RouterLink(getTranslation("quote.back"), QuotesView.class);
        var tools = new Div(print, pdf, back);
        tools.addClassName("quote-tools");

        var document = new Div(header(quote), new H1(title),
                new Paragraph(getTranslation("quote.document.date", Amounts.date(quote.createdAt(), getLocale()))
                        + " · " + getTranslation("quote.document.prepared-by", quote.createdByName())),
                customer(quote), lines(quote), totals(quote),
                new Paragraph(getTranslation("quote.document.currency-note")));
        document.addClassName("quote-document");
        add(tools, document);
    }

    private Component header(QuoteDocument quote) {
        var header = new Div();
        header.addClassName("quote-header");
        if (quote.logo() != null) {
            byte[] png = quote.logo().png();
            var logo = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                    new ByteArrayInputStream(png), "logo.png", "image/png", png.length)).inline(),
                    getTranslation("quote.document.logo-alt", quote.issuer().name()));
            logo.addClassName("quote-logo");
            header.add(logo);
        }
        var issuer = quote.issuer();
        var address = new Div(strong(issuer.name()), new Div(issuer.street()),
                new Div(issuer.postalCode() + " " + issuer.city()));
        if (issuer.taxId() != null) {
            address.add(new Div("NIP: " + issuer.taxId()));
        }
        address.addClassName("quote-issuer");
        header.add(address);
        return header;
    }

    private Component customer(QuoteDocument quote) {
        var customer = quote.customer();
        var block = new Div(new H2(getTranslation("quote.document.customer")), strong(customer.name()),
                new Div(customer.street()), new Div(customer.postalCode() + " " + customer.city()));
        block.addClassName("quote-customer-block");
        return block;
    }

    private Component lines(QuoteDocument quote) {
        var table = new NativeTable();
        table.addClassName("quote-lines-table");
        var head = table.getHead().addRow();
        for (String key : new String[] {"quote.line.position", "quote.line.product", "quote.line.quantity",
                "quote.line.unit-price", "quote.line.vat-rate", "quote.line.net", "quote.line.vat", "quote.line.gross"}) {
            var cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableBody body = table.getBody();
        for (QuoteDocument.Line line : quote.lines()) {
            var row = new NativeTableRow();
            row.add(number(String.valueOf(line.position())), new NativeTableCell(line.productName()),
                    number(Amounts.quantity(line.quantity(), getLocale())),
                    number(Amounts.money(line.unitNetPrice(), getLocale())),
                    number(getTranslation("quote.vat-rate", line.vatRate().percent())),
                    number(Amounts.money(line.netAmount(), getLocale())),
                    number(Amounts.money(line.vatAmount(), getLocale())),
                    number(Amounts.money(line.grossAmount(), getLocale())));
            body.add(row);
        }
        // On a narrow screen the table scrolls sideways in its own box rather than the whole page
        // (WCAG 1.4.10 lets a data table keep its columns); the box is focusable so that the
        // keyboard can scroll it too.
        var scroller = new Div(table);
        scroller.addClassName("quote-lines-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("quote.lines.table"));
        return scroller;
    }

    private Component totals(QuoteDocument quote) {
        var totals = new Div(
                total("quote.total.net", Amounts.money(quote.totals().net(), getLocale())),
                total("quote.total.vat", Amounts.money(quote.totals().vat(), getLocale())),
                total("quote.total.gross", Amounts.money(quote.totals().gross(), getLocale())));
        totals.addClassName("quote-totals");
        return totals;
    }

    private Div total(String key, String amount) {
        var value = new Span(amount);
        value.addClassName("quote-total-amount");
        var row = new Div(new Span(getTranslation(key)), value);
        row.addClassName("quote-total");
        return row;
    }

    private static NativeTableCell number(String text) {
        var cell = new NativeTableCell(text);
        cell.addClassName("number");
        return cell;
    }

    private static Span strong(String text) {
        var strong = new Span(text);
        strong.addClassName("strong");
        return strong;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
