package org.extranet.backoffice;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.company.CompanyData;
import org.extranet.company.CompanyField;

/** A company's name, numbers and head-office address, as staff register or edit them. */
class CompanyForm extends FormLayout implements ShowsRefusals {

    private static final List<String> COUNTRIES = List.of("PL", "DE", "CZ", "SK", "LT", "UA", "AT", "GB");

    private final TextField name = field("company.field.name", 200, true);
    private final TextField customerNumber = field("company.field.customer-number", 40, true);
    private final TextField taxId = field("company.field.tax-id", 40, false);
    private final TextField street = field("company.field.street", 200, true);
    private final TextField postalCode = field("company.field.postal-code", 20, true);
    private final TextField city = field("company.field.city", 100, true);
    private final Select<String> countryCode = new Select<>();
    private final Map<CompanyField, TextField> fields = Map.of(CompanyField.NAME, name,
            CompanyField.CUSTOMER_NUMBER, customerNumber, CompanyField.TAX_ID, taxId, CompanyField.STREET, street,
            CompanyField.POSTAL_CODE, postalCode, CompanyField.CITY, city);
    private final Binder<CompanyData> binder = new Binder<>(CompanyData.class);

    CompanyForm() {
        countryCode.setLabel(getTranslation("company.field.country"));
        countryCode.setItems(COUNTRIES);
        countryCode.setItemLabelGenerator(code -> getTranslation("country." + code));
        String required = getTranslation("company.error.required");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(customerNumber).asRequired(required).bind("customerNumber");
        binder.forField(taxId).withNullRepresentation("").bind("taxId");
        binder.forField(street).asRequired(required).bind("street");
        binder.forField(postalCode).asRequired(required).bind("postalCode");
        binder.forField(city).asRequired(required).bind("city");
        // Always has a value (Poland to start with; the list offers no empty choice), so it is not
        // marked required: a required Select puts aria-required on its button, where ARIA does not
        // allow it. The service still refuses a missing country.
        binder.forField(countryCode).bind("countryCode");
        binder.readRecord(new CompanyData("", "", null, "", "", "", "PL"));
        add(name, customerNumber, taxId, street, postalCode, city, countryCode);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    private TextField field(String labelKey, int maxLength, boolean required) {
        var field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(required);
        return field;
    }

    void show(CompanyData data) {
        binder.readRecord(data);
    }

    /** The data typed, or empty when a field is not filled in right (the field then says why). */
    Optional<CompanyData> data() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** Shows the service's refusal of what was typed at the field it concerns; other refusals are not this form's. */
    @Override
    public boolean show(Refusal refusal) {
        if (!(refusal instanceof FieldRefusal invalid) || !(invalid.field() instanceof CompanyField which)) {
            return false;
        }
        String message = getTranslation(invalid.messageKey(), invalid.arguments());
        if (which == CompanyField.COUNTRY) {
            countryCode.setErrorMessage(message);
            countryCode.setInvalid(true);
            countryCode.focus();
            return true;
        }
        var field = Objects.requireNonNull(fields.get(which), "every field but the country is in the map");
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
        return true;
    }
}
