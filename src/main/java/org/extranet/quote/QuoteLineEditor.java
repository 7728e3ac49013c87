package org.extranet.quote;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** One line of the quote form: product, quantity, unit net price, VAT rate, and its net amount. */
class QuoteLineEditor extends Div {

    final TextField product = new TextField();
    final NumberInput quantity = new NumberInput(getTranslation("quote.line.quantity"));
    final NumberInput unitNetPrice = new NumberInput(getTranslation("quote.line.unit-price"));
    final Select<VatRate> vatRate = new Select<>();
    private final Span amount = new Span();
    final Button remove;

    QuoteLineEditor(Runnable changed, Consumer<QuoteLineEditor> removed) {
        addClassName("quote-line");
        getElement().setAttribute("role", "group");

        product.setLabel(getTranslation("quote.line.product"));
        product.setMaxLength(QuoteRules.PRODUCT_MAX);
        product.setRequiredIndicatorVisible(true);
        product.addClassName("quote-line-product");
        product.addValueChangeListener(change -> show(product, QuoteRules.text(product.getValue(), QuoteRules.PRODUCT_MAX)));

        quantity.setRequiredIndicatorVisible(true);
        quantity.setNumber(BigDecimal.ONE);
        quantity.addValueChangeListener(change -> {
            showMessage(quantity, quantity.problem(QuoteRules::quantity));
            changed.run();
        });

        unitNetPrice.setRequiredIndicatorVisible(true);
        unitNetPrice.setSuffixComponent(new Span(getTranslation("quote.currency")));
        unitNetPrice.addValueChangeListener(change -> {
            showMessage(unitNetPrice, unitNetPrice.problem(QuoteRules::unitNetPrice));
            changed.run();
        });

        vatRate.setLabel(getTranslation("quote.line.vat-rate"));
        vatRate.setItems(VatRate.values());
        vatRate.setItemLabelGenerator(rate -> getTranslation("quote.vat-rate", rate.percent()));
        vatRate.setValue(VatRate.RATE_23);
        vatRate.addValueChangeListener(change -> changed.run());

        amount.addClassName("quote-line-amount");
        remove = new Button(VaadinIcon.TRASH.create(), click -> removed.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("quote-line-remove");
        // The rules below decide what is shown; the fields' own checks would clear it again on blur.
        product.setManualValidation(true);
        quantity.setManualValidation(true);
        unitNetPrice.setManualValidation(true);
        vatRate.setManualValidation(true);
        add(product, quantity, unitNetPrice, vatRate, amount, remove);
    }

    /** Numbers the line in its accessible names, so "Remove line 2" says which one. */
    void number(int position) {
        getElement().setAttribute("aria-label", getTranslation("quote.line.label", position));
        remove.setAriaLabel(getTranslation("quote.line.remove", position));
        remove.setTooltipText(getTranslation("quote.line.remove", position));
    }

    /** The line's amounts, or empty while it cannot be computed. */
    Optional<QuoteTotals.LineAmounts> amounts() {
        BigDecimal count = quantity.number();
        BigDecimal price = unitNetPrice.number();
        if (count == null || price == null || QuoteRules.quantity(count).isPresent()
                || QuoteRules.unitNetPrice(price).isPresent() || vatRate.getValue() == null) {
            amount.setText(getTranslation("quote.line.net-amount", "–"));
            return Optional.empty();
        }
        var amounts = QuoteTotals.line(count, price, vatRate.getValue());
        amount.setText(getTranslation("quote.line.net-amount", Amounts.money(amounts.net(), getLocale())));
        return Optional.of(amounts);
    }

    QuoteDraft.Line value() {
        return new QuoteDraft.Line(product.getValue(), quantity.number(), unitNetPrice.number(), vatRate.getValue());
    }

    /** Shows every field's problem; the first field in trouble, if any. */
    Optional<Focusable<?>> validate() {
        boolean productBad = show(product, QuoteRules.text(product.getValue(), QuoteRules.PRODUCT_MAX));
        boolean quantityBad = showMessage(quantity, quantity.problem(QuoteRules::quantity));
        boolean priceBad = showMessage(unitNetPrice, unitNetPrice.problem(QuoteRules::unitNetPrice));
        boolean vatBad = show(vatRate, QuoteRules.vatRate(vatRate.getValue()));
        List<Focusable<?>> order = List.of(product, quantity, unitNetPrice, vatRate);
        List<Boolean> bad = List.of(productBad, quantityBad, priceBad, vatBad);
        for (int i = 0; i < order.size(); i++) {
            if (bad.get(i)) {
                return Optional.of(order.get(i));
            }
        }
        return Optional.empty();
    }

    Focusable<?> field(QuoteField field) {
        return switch (field) {
            case QUANTITY -> quantity;
            case UNIT_NET_PRICE -> unitNetPrice;
            case VAT_RATE -> vatRate;
            default -> product;
        };
    }

    /** Marks the field with the message, or clears it; true when there is a problem. */
    boolean show(HasValidation field, Optional<String> problem) {
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.map(key -> getTranslation(key, maxFor(field))).orElse(""));
        return problem.isPresent();
    }

    /** Marks the field with the (translated) message, or clears it; true when there is a problem. */
    private static boolean showMessage(HasValidation field, Optional<String> message) {
        field.setInvalid(message.isPresent());
        field.setErrorMessage(message.orElse(""));
        return message.isPresent();
    }

    private Object maxFor(HasValidation field) {
        return field == product ? QuoteRules.PRODUCT_MAX : "";
    }
}
