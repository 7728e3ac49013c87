package org.extranet.secondfactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.security.ConfirmItIsYouDialog;
import org.extranet.security.ReauthenticationNeeded;
import org.extranet.security.RecentSignIn;

/**
 * "New recovery codes": asks first, since the codes kept so far stop working, then shows the new
 * ones once. Signed in a while ago, the password comes first ("Confirm it's you"), then the codes.
 */
class NewRecoveryCodesDialog extends Dialog implements ShowsRefusals {

    private final SecondFactorAccount account;
    private final RecentSignIn recentSignIn;
    private final Button cancel;
    private boolean issued;

    NewRecoveryCodesDialog(SecondFactorAccount account, RecentSignIn recentSignIn, Runnable done) {
        this.account = account;
        this.recentSignIn = recentSignIn;
        addClassName("new-recovery-codes-dialog");
        setHeaderTitle(getTranslation("second-factor.new-codes.title"));
        setWidth("34rem");
        setMaxWidth("100%");
        add(new Paragraph(getTranslation("second-factor.new-codes.question")));
        cancel = new Button(getTranslation("common.cancel"), click -> close());
        var confirm = new Button(getTranslation("second-factor.new-codes.make"), click -> issue());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("new-recovery-codes-confirm");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                cancel.focus();
            } else if (issued) {
                done.run();
            }
        });
    }

    private void issue() {
        var codes = account.newRecoveryCodes();
        issued = true;
        var panel = new RecoveryCodesPanel(codes, getTranslation("second-factor.recovery.done"), this::close);
        removeAll();
        add(panel);
        getFooter().removeAll();
        panel.focus();
    }

    @Override
    public boolean show(Refusal refusal) {
        if (!(refusal instanceof ReauthenticationNeeded)) {
            return false;
        }
        new ConfirmItIsYouDialog(recentSignIn, this::issue).open();
        return true;
    }
}
