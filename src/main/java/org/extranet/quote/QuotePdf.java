package org.extranet.quote;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * A quote as an A4 PDF: the distributor's logo, name and address in the header, then the end
 * customer, the lines and the totals. The texts are the page's own translations, so the printed
 * page and the PDF say the same.
 */
@Component
class QuotePdf {

    /** Room for the logo in the header, in points (1/72 inch); the image keeps all its pixels. */
    private static final float LOGO_WIDTH = 180;
    private static final float LOGO_HEIGHT = 60;
    private static final Color RULE = new Color(0x0a, 0x4a, 0x8f);

    private final BaseFont regular;
    private final BaseFont bold;

    QuotePdf() {
        try {
            // Embedded (as a subset) so every reader shows the same letters, Polish or not.
            regular = font("LiberationSans-Regular.ttf");
            bold = font("LiberationSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont font(String file) throws IOException {
        try (var in = QuotePdf.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is missing from the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
    }

    byte[] render(QuoteDocument quote, Locale locale) {
        var texts = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text(texts, "quote.document.title-with-number", quote.number()));
            document.addCreator("Extranet");
            document.open();
            document.add(header(quote));
            document.add(title(quote, texts, locale));
            document.add(customer(quote, texts));
            document.add(lines(quote, texts, locale));
            document.add(totals(quote, texts, locale));
            document.add(new Paragraph(text(texts, "quote.document.currency-note"), font(regular, 8)));
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write quote " + quote.number(), e);
        }
        return out.toByteArray();
    }

    private PdfPTable header(QuoteDocument quote) throws IOException {
        var table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        PdfPCell logoCell;
        if (quote.logo() != null) {
            Image logo = Image.getInstance(quote.logo().png());
            logo.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
            logoCell = new PdfPCell(logo, false);
        } else {
            logoCell = new PdfPCell(new Phrase(""));
        }
        logoCell.setBorder(Rectangle.NO_BORDER);
        logoCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(logoCell);

        var issuer = quote.issuer();
        var address = new Paragraph();
        address.add(new Phrase(issuer.name() + "\n", font(bold, 12)));
        address.add(new Phrase(issuer.street() + "\n" + issuer.postalCode() + " " + issuer.city()
                + (issuer.taxId() == null ? "" : "\nNIP: " + issuer.taxId()), font(regular, 10)));
        var addressCell = new PdfPCell(address);
        addressCell.setBorder(Rectangle.BOTTOM);
        addressCell.setBorderColor(RULE);
        addressCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        addressCell.setPaddingBottom(8);
        logoCell.setBorder(Rectangle.BOTTOM);
        logoCell.setBorderColor(RULE);
        logoCell.setPaddingBottom(8);
        table.addCell(addressCell);
        table.setSpacingAfter(16);
        return table;
    }

    private Paragraph title(QuoteDocument quote, ResourceBundle texts, Locale locale) {
        var title = new Paragraph();
        title.add(new Phrase(text(texts, "quote.document.title-with-number", quote.number()) + "\n", font(bold, 18)));
        title.add(new Phrase(text(texts, "quote.document.date", Amounts.date(quote.createdAt(), locale)) + "\n"
                + text(texts, "quote.document.prepared-by", quote.createdByName()), font(regular, 10)));
        title.setSpacingAfter(12);
        return title;
    }

    private Paragraph customer(QuoteDocument quote, ResourceBundle texts) {
        var customer = quote.customer();
        var block = new Paragraph();
        block.add(new Phrase(text(texts, "quote.document.customer") + "\n", font(bold, 10)));
        block.add(new Phrase(customer.name() + "\n" + customer.street() + "\n" + customer.postalCode() + " "
                + customer.city(), font(regular, 10)));
        block.setSpacingAfter(14);
        return block;
    }

    private PdfPTable lines(QuoteDocument quote, ResourceBundle texts, Locale locale) {
        var table = new PdfPTable(new float[] {0.6f, 3.4f, 1.1f, 1.7f, 1.2f, 1.7f, 1.5f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : new String[] {"quote.line.position", "quote.line.product", "quote.line.quantity",
                "quote.line.unit-price", "quote.line.vat-rate", "quote.line.net", "quote.line.vat", "quote.line.gross"}) {
            var cell = new PdfPCell(new Phrase(text(texts, key), font(bold, 8)));
            cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf6));
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (QuoteDocument.Line line : quote.lines()) {
            table.addCell(cell(String.valueOf(line.position()), Element.ALIGN_RIGHT));
            table.addCell(cell(line.productName(), Element.ALIGN_LEFT));
            table.addCell(cell(Amounts.quantity(line.quantity(), locale), Element.ALIGN_RIGHT));
            table.addCell(cell(Amounts.money(line.unitNetPrice(), locale), Element.ALIGN_RIGHT));
            table.addCell(cell(text(texts, "quote.vat-rate", line.vatRate().percent()), Element.ALIGN_RIGHT));
            table.addCell(cell(Amounts.money(line.netAmount(), locale), Element.ALIGN_RIGHT));
            table.addCell(cell(Amounts.money(line.vatAmount(), locale), Element.ALIGN_RIGHT));
            table.addCell(cell(Amounts.money(line.grossAmount(), locale), Element.ALIGN_RIGHT));
        }
        table.setSpacingAfter(10);
        return table;
    }

    private PdfPTable totals(QuoteDocument quote, ResourceBundle texts, Locale locale) {
        var table = new PdfPTable(new float[] {2, 1.5f});
        table.setWidthPercentage(45);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        total(table, text(texts, "quote.total.net"), Amounts.money(quote.totals().net(), locale), regular);
        total(table, text(texts, "quote.total.vat"), Amounts.money(quote.totals().vat(), locale), regular);
        total(table, text(texts, "quote.total.gross"), Amounts.money(quote.totals().gross(), locale), bold);
        table.setSpacingAfter(16);
        return table;
    }

    private void total(PdfPTable table, String label, String amount, BaseFont face) {
        var labelCell = new PdfPCell(new Phrase(label, font(face, 10)));
        labelCell.setBorder(Rectangle.NO_BORDER);
        var amountCell = new PdfPCell(new Phrase(amount, font(face, 10)));
        amountCell.setBorder(Rectangle.NO_BORDER);
        amountCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(labelCell);
        table.addCell(amountCell);
    }

    private PdfPCell cell(String value, int alignment) {
        var cell = new PdfPCell(new Phrase(value, font(regular, 8)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }

    private static Font font(BaseFont face, float size) {
        return new Font(face, size);
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(arguments);
    }
}
