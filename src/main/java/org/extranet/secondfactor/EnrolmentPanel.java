package org.extranet.secondfactor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Base64;
import java.util.function.Consumer;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;

/**
 * Setting up an authenticator app, in three numbered steps: scan the QR code (or type the key,
 * shown in groups of four), then confirm with the code the app shows. The QR code is an image drawn
 * on the server and sent inline, so the secret is never at an address of its own.
 */
class EnrolmentPanel extends Div implements ShowsRefusals {

    private final CodeField code;
    private final Paragraph intro = new Paragraph();

    EnrolmentPanel(AuthenticatorEnrolment enrolment, Consumer<IssuedRecoveryCodes> confirmed) {
        addClassName("enrolment");
        Enrolment started = enrolment.startEnrolment();

        var qrCode = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(started.qrCode()),
                getTranslation("second-factor.enrol.qr-code"));
        qrCode.addClassName("qr-code");
        var key = new Span(started.key());
        key.addClassName("second-factor-key");
        code = new CodeField(getTranslation("second-factor.enrol.code"), getTranslation("second-factor.enrol.code.help")).digits();
        var confirm = new Button(getTranslation("second-factor.enrol.confirm"),
                click -> confirmed.accept(enrolment.confirmEnrolment(code.value())));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-enrolment");
        confirm.addClickShortcut(Key.ENTER).listenOn(code).resetFocusOnActiveElement();

        var entry = new Div(code, confirm);
        entry.addClassName("enrolment-code");
        var steps = new OrderedList(
                new ListItem(new Paragraph(getTranslation("second-factor.enrol.scan")), qrCode),
                new ListItem(new Paragraph(getTranslation("second-factor.enrol.type-key")), key),
                new ListItem(new Paragraph(getTranslation("second-factor.enrol.enter-code")), entry));
        steps.addClassName("enrolment-steps");
        intro.setText(getTranslation("second-factor.enrol.apps"));
        intro.getElement().setAttribute("tabindex", "-1");
        intro.addClassName("enrolment-intro");
        add(intro, steps);
    }

    /**
     * The focus starts at the first step, not at the code's field: that would scroll the QR code out
     * of sight on a small screen, and a screen reader would skip what to do. The field is the next Tab.
     */
    void focus() {
        intro.getElement().callJsFunction("focus");
    }

    @Override
    public boolean show(Refusal refusal) {
        return code.show(refusal);
    }
}
