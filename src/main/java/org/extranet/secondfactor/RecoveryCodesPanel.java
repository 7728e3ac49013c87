package org.extranet.secondfactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The recovery codes just made, shown this once: what they are for and where to keep them, the
 * codes themselves, and the way on. The heading takes the focus, so that screen readers announce it.
 */
class RecoveryCodesPanel extends Div {

    private final H2 heading = new H2();

    RecoveryCodesPanel(IssuedRecoveryCodes issued, String continueLabel, Runnable done) {
        addClassName("recovery-codes-panel");
        heading.setText(getTranslation("second-factor.recovery.title"));
        heading.getElement().setAttribute("tabindex", "-1");
        var codes = new OrderedList();
        codes.addClassName("recovery-codes");
        issued.codes().forEach(code -> codes.add(new ListItem(code)));
        var next = new Button(continueLabel, click -> done.run());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("recovery-codes-saved");
        add(new Paragraph(getTranslation("second-factor.recovery.set-up")), heading,
                new Paragraph(getTranslation("second-factor.recovery.text")), codes,
                new Paragraph(getTranslation("second-factor.recovery.once")), next);
    }

    void focus() {
        heading.getElement().callJsFunction("focus");
    }
}
