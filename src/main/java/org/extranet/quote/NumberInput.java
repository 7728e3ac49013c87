package org.extranet.quote;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.extranet.base.TypedNumber;
import org.jspecify.annotations.Nullable;

/**
 * A field for an amount or a quantity typed the Polish way or the English way. Vaadin's number
 * fields read with the page's language only, so "1299.00" in Polish became 129 900: this field
 * reads both ({@link TypedNumber}) and says at the field what it cannot read unambiguously.
 */
class NumberInput extends TextField {

    private static final int MAX_LENGTH = 30;

    NumberInput(String label) {
        super(label);
        setMaxLength(MAX_LENGTH);
        // Phones show a keypad with the decimal separator.
        getElement().setAttribute("inputmode", "decimal");
        addClassName("number-input");
    }

    void setNumber(BigDecimal value) {
        setValue(Amounts.plain(value, getLocale()));
    }

    /** The number typed, or null when the field is blank or cannot be read. */
    @Nullable BigDecimal number() {
        return TypedNumber.read(getValue()).value();
    }

    /** The message to show: why the text cannot be read, or else what the rule says of the number. */
    Optional<String> problem(Function<@Nullable BigDecimal, Optional<String>> rule) {
        var typed = TypedNumber.read(getValue());
        if (typed.refusal() == null) {
            return rule.apply(typed.value()).map(this::getTranslation);
        }
        return Optional.of(switch (typed.refusal()) {
            case AMBIGUOUS -> ambiguity();
            case NOT_A_NUMBER -> getTranslation("number.not-a-number");
        });
    }

    /** "1,299" could be 1299 or 1.299: both readings, written as this language writes them, without grouping. */
    private String ambiguity() {
        String digits = getValue().replaceAll("[^0-9]", "");
        var thousands = new BigDecimal(digits);
        var fraction = thousands.movePointLeft(3);
        return getTranslation("number.ambiguous", Amounts.plain(thousands, getLocale()),
                Amounts.plain(fraction, getLocale()));
    }
}
