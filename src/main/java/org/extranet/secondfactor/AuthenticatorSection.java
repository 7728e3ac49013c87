package org.extranet.secondfactor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.extranet.base.ProductTime;
import org.extranet.base.Refusal;
import org.extranet.base.ui.Plural;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.security.ConfirmItIsYouDialog;
import org.extranet.security.ReauthenticationNeeded;
import org.extranet.security.RecentSignIn;

/**
 * Account information's "Second factor": whether an authenticator app is set up (and how many
 * recovery codes are left), with "Set up authenticator app", or "New recovery codes" and "Remove
 * authenticator app". After
 * either, the section shows the new state and the focus goes to its heading.
 */
public class AuthenticatorSection extends Section implements ShowsRefusals {

    private final SecondFactorAccount account;
    private final AuthenticatorEnrolment enrolment;
    private final RecentSignIn recentSignIn;
    private final H2 heading = new H2();
    private final Div body = new Div();

    public AuthenticatorSection(SecondFactorAccount account, AuthenticatorEnrolment enrolment,
                                RecentSignIn recentSignIn) {
        this.account = account;
        this.enrolment = enrolment;
        this.recentSignIn = recentSignIn;
        addClassName("second-factor-section");
        heading.setText(getTranslation("second-factor.account.title"));
        heading.setId("second-factor-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, body);
        refresh();
    }

    private void refresh() {
        SecondFactorState state = account.mySecondFactor();
        body.removeAll();
        var since = state.authenticatorSince();
        if (since != null) {
            String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                    .format(since.atZoneSameInstant(ProductTime.ZONE));
            int left = state.recoveryCodesLeft();
            body.add(new Paragraph(getTranslation("second-factor.account.set-up", when)),
                    new Paragraph(getTranslation(Plural.of(left, getLocale()).key("second-factor.account.codes-left"), left)));
            var newCodes = new Button(getTranslation("second-factor.new-codes.title"), click ->
                    new NewRecoveryCodesDialog(account, recentSignIn, this::changed).open());
            newCodes.addClassName("new-recovery-codes");
            var remove = new Button(getTranslation("second-factor.account.remove"), click ->
                    new RemoveAuthenticatorDialog(account, this::changed).open());
            remove.addClassName("remove-authenticator");
            body.add(new Div(newCodes, remove));
        } else {
            body.add(new Paragraph(getTranslation("second-factor.account.none")));
            if (state.required()) {
                body.add(new Paragraph(getTranslation("second-factor.account.required")));
            }
            var setUp = new Button(getTranslation("second-factor.account.set-up-app"), click -> openSetUp());
            setUp.addClassName("set-up-authenticator");
            body.add(setUp);
        }
        if (state.required() && since != null) {
            body.addComponentAtIndex(1, new Paragraph(getTranslation("second-factor.account.required-kept")));
        }
    }

    /** The button that opened the window is gone with the change, so the focus goes to the heading. */
    private void changed() {
        refresh();
        heading.getElement().callJsFunction("focus");
    }

    private void openSetUp() {
        new EnrolmentDialog(enrolment, this::changed).open();
    }

    /** Signed in a while ago: the password first, then the set-up opens. */
    @Override
    public boolean show(Refusal refusal) {
        if (!(refusal instanceof ReauthenticationNeeded)) {
            return false;
        }
        new ConfirmItIsYouDialog(recentSignIn, this::openSetUp).open();
        return true;
    }
}
