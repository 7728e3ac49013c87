package org.extranet.quote;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The end customer a quote is for: name, street, postal code and city, each checked as it is typed. */
class QuoteCustomerFields extends FlexLayout {

    private final TextField name = field("quote.customer.name", QuoteRules.NAME_MAX);
    private final TextField street = field("quote.customer.street", QuoteRules.STREET_MAX);
    private final TextField postalCode = field("quote.customer.postal-code", QuoteRules.POSTAL_CODE_MAX);
    private final TextField city = field("quote.customer.city", QuoteRules.CITY_MAX);
    private final Map<QuoteField, TextField> fields = Map.of(QuoteField.CUSTOMER_NAME, name,
            QuoteField.CUSTOMER_STREET, street, QuoteField.CUSTOMER_POSTAL_CODE, postalCode, QuoteField.CUSTOMER_CITY, city);
    private final List<Limited> inOrder = List.of(new Limited(name, QuoteRules.NAME_MAX),
            new Limited(street, QuoteRules.STREET_MAX), new Limited(postalCode, QuoteRules.POSTAL_CODE_MAX),
            new Limited(city, QuoteRules.CITY_MAX));

    private record Limited(TextField field, int max) {
    }

    QuoteCustomerFields() {
        add(name, street, postalCode, city);
        setFlexWrap(FlexWrap.WRAP);
        addClassName("quote-customer");
    }

    private TextField field(String key, int max) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.addValueChangeListener(change -> show(field, max));
        return field;
    }

    /** Shows every field's problem; the first field with one, in the order of the form. */
    Optional<Focusable<?>> validate() {
        return inOrder.stream()
                .filter(limited -> show(limited.field(), limited.max()))
                .<Focusable<?>>map(Limited::field)
                .reduce((first, later) -> first);
    }

    /** The field of a refusal, if it is one of the customer's. */
    Optional<TextField> field(QuoteField field) {
        return Optional.ofNullable(fields.get(field));
    }

    QuoteDraft draft(List<QuoteDraft.Line> lines) {
        return new QuoteDraft(name.getValue(), street.getValue(), postalCode.getValue(), city.getValue(), lines);
    }

    private boolean show(TextField field, int max) {
        Optional<String> problem = QuoteRules.text(field.getValue(), max);
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.map(key -> getTranslation(key, max)).orElse(""));
        return problem.isPresent();
    }
}
