package org.extranet.address;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;

/**
 * The address form: "Request a new delivery address" for administrators, and the same form for
 * staff registering, editing or accepting an address (there without the note). Each field is
 * checked as it is filled in, with the same rules the service applies; what the service still
 * refuses is shown at its field too.
 */
class AddressDialog extends Dialog implements ShowsRefusals {

    private final TextField name = new TextField();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final Select<String> country = new Select<>();
    private final TextArea note = new TextArea();
    private final Map<AddressField, HasValidationProperties> fields = Map.of(AddressField.NAME, name,
            AddressField.STREET, street, AddressField.POSTAL_CODE, postalCode, AddressField.CITY, city,
            AddressField.COUNTRY, country, AddressField.NOTE, note);
    private final Binder<AddressRequestData> binder = new Binder<>(AddressRequestData.class);
    private final Consumer<AddressRequestData> send;
    private final List<Consumer<AddressRequestData>> sentListeners = new ArrayList<>();

    /** The request form, empty but for the country. */
    AddressDialog(Consumer<AddressRequestData> send, UnaryOperator<String> countryName) {
        this(AddressFormPurpose.REQUEST, AddressRequestData.empty(), send, countryName);
    }

    AddressDialog(AddressFormPurpose purpose, AddressRequestData initial, Consumer<AddressRequestData> send,
                  UnaryOperator<String> countryName) {
        this.send = send;
        addClassName(purpose == AddressFormPurpose.REQUEST ? "address-request-dialog" : "address-dialog");
        setHeaderTitle(getTranslation(purpose.titleKey));
        setWidth("min(40rem, 100%)");

        name.setLabel(getTranslation("addresses.form.name"));
        name.setHelperText(getTranslation("addresses.form.name.help"));
        name.setMaxLength(AddressRequestData.NAME_MAX);
        street.setLabel(getTranslation("addresses.form.street"));
        street.setMaxLength(AddressRequestData.STREET_MAX);
        street.setAutocomplete(Autocomplete.ADDRESS_LINE1);
        postalCode.setLabel(getTranslation("addresses.form.postal-code"));
        postalCode.setMaxLength(AddressRequestData.POSTAL_CODE_MAX);
        postalCode.setAutocomplete(Autocomplete.POSTAL_CODE);
        city.setLabel(getTranslation("addresses.form.city"));
        city.setMaxLength(AddressRequestData.CITY_MAX);
        city.setAutocomplete(Autocomplete.ADDRESS_LEVEL2);
        country.setLabel(getTranslation("addresses.form.country"));
        country.setItems(AddressRules.countryCodes().stream()
                .sorted(Comparator.comparing(countryName, String.CASE_INSENSITIVE_ORDER)).toList());
        country.setItemLabelGenerator(code -> countryName.apply(code) + " (" + code + ")");
        note.setLabel(getTranslation("addresses.form.note"));
        note.setHelperText(getTranslation("addresses.form.note.help"));
        note.setMaxLength(AddressRequestData.NOTE_MAX);

        bind(name, AddressField.NAME, "name", true);
        bind(street, AddressField.STREET, "street", true);
        var postalCodeBinding = bind(postalCode, AddressField.POSTAL_CODE, "postalCode", true);
        bind(city, AddressField.CITY, "city", true);
        // Always has a value (Poland to start with), so it is not marked required: a required
        // Select also puts aria-required on its button, where ARIA does not allow it.
        bind(country, AddressField.COUNTRY, "countryCode", false);
        bind(note, AddressField.NOTE, "note", false);
        binder.readRecord(initial);
        // Whether a postal code fits depends on the country.
        country.addValueChangeListener(change -> {
            if (!postalCode.isEmpty()) {
                postalCodeBinding.validate();
            }
        });

        var form = new FormLayout(name, street, postalCode, city, country, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(name, 2);
        form.setColspan(street, 2);
        form.setColspan(country, 2);
        form.setColspan(note, 2);
        note.setVisible(purpose.withNote);
        if (purpose.introKey != null) {
            add(new Paragraph(getTranslation(purpose.introKey)));
        }
        add(form);

        var submit = new Button(getTranslation(purpose.submitKey), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(name, street, postalCode, city);
        var cancel = new Button(getTranslation("addresses.form.cancel"), click -> close());
        getFooter().add(cancel, submit);
    }

    /** Called with what was sent, once it has been sent and the form closed. */
    void addSentListener(Consumer<AddressRequestData> listener) {
        sentListeners.add(listener);
    }

    @Override
    public void open() {
        super.open();
        name.focus();
    }

    private <V> Binder.Binding<AddressRequestData, V> bind(AbstractField<?, V> field, AddressField which,
                                                           String property, boolean required) {
        var builder = binder.forField(field);
        if (required) {
            builder = builder.asRequired(getTranslation("addresses.error.required"));
        }
        return builder.withValidator(rule(which)).bind(property);
    }

    private <V> Validator<V> rule(AddressField which) {
        return (value, context) -> AddressRules.problem(which, value == null ? null : value.toString(), country.getValue())
                .map(problem -> ValidationResult.error(getTranslation(problem.messageKey(), problem.arguments())))
                .orElse(ValidationResult.ok());
    }

    private void submit() {
        AddressRequestData data;
        try {
            data = binder.writeRecord();
        } catch (ValidationException invalid) {
            focusFirstInvalid();
            return;
        }
        send.accept(data);
        close();
        sentListeners.forEach(listener -> listener.accept(data));
    }

    /**
     * A refusal of what was typed is shown at its field. Removed or decided by a colleague
     * meanwhile: nothing to correct here, so the window closes and a notice says so.
     */
    @Override
    public boolean show(Refusal refusal) {
        if (refusal instanceof FieldRefusal invalid && invalid.field() instanceof AddressField which) {
            var field = field(which);
            field.setErrorMessage(getTranslation(invalid.messageKey(), invalid.arguments()));
            field.setInvalid(true);
            focusFirstInvalid();
            return true;
        }
        if (refusal instanceof ConcurrentChange) {
            close();
        }
        return false;
    }

    /** Every field of the form has its component, so the map's answer is never null. */
    private HasValidationProperties field(AddressField field) {
        return Objects.requireNonNull(fields.get(field));
    }

    private void focusFirstInvalid() {
        for (AddressField field : AddressField.values()) {
            if (field(field).isInvalid() && field(field) instanceof Focusable<?> focusable) {
                focusable.focus();
                return;
            }
        }
    }
}
