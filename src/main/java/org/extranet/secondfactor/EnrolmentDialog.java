package org.extranet.secondfactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * "Set up authenticator app" from Account information: the set-up steps, then the recovery codes,
 * which are shown once; closing then tells the section around it. Cancel before confirming leaves
 * nothing set up (the half-made secret counts for nothing and is replaced next time).
 */
class EnrolmentDialog extends Dialog {

    private final Button cancel;
    private boolean confirmed;

    EnrolmentDialog(AuthenticatorEnrolment enrolment, Runnable done) {
        setHeaderTitle(getTranslation("second-factor.enrol.title"));
        setWidth("34rem");
        setMaxWidth("100%");
        var panel = new EnrolmentPanel(enrolment, this::showRecoveryCodes);
        add(panel);
        cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                panel.focus();
            } else if (confirmed) {
                done.run();
            }
        });
    }

    private void showRecoveryCodes(IssuedRecoveryCodes issued) {
        confirmed = true;
        var codes = new RecoveryCodesPanel(issued, getTranslation("second-factor.recovery.done"), this::close);
        removeAll();
        add(codes);
        getFooter().remove(cancel);
        codes.focus();
    }
}
