package org.extranet.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * "Forgot password?" from the sign-in page: the e-mail address, then always the same answer, so
 * that nobody learns here whether an address has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage implements HasDynamicTitle {

    private static final int MAX_EMAIL_LENGTH = 254;

    private final PasswordReset reset;
    private final EmailField email = new EmailField();

    ForgotPasswordView(PasswordReset reset) {
        this.reset = reset;
        email.setLabel(getTranslation("login.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(MAX_EMAIL_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        email.setWidthFull();
        email.addValueChangeListener(change -> email.setInvalid(false));

        var submit = new Button(getTranslation("forgot-password.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(email).resetFocusOnActiveElement();

        showForm(new H1(getTranslation("forgot-password.heading")),
                new Paragraph(getTranslation("forgot-password.intro")), email, submit, signInLink());
    }

    private void submit() {
        String address = email.getValue().strip();
        if (address.isEmpty() || !address.contains("@")) {
            email.setErrorMessage(getTranslation(address.isEmpty()
                    ? "forgot-password.email-required" : "forgot-password.email-invalid"));
            email.setInvalid(true);
            email.focus();
            return;
        }
        reset.requestPasswordReset(address, clientAddress());
        showMessage(getTranslation("forgot-password.sent.heading"),
                getTranslation("forgot-password.sent.text", address, validity(reset.linkValidity())),
                getTranslation("forgot-password.sent.no-mail"));
    }

    /** Where the request comes from, for the limit per client; the proxy's, unless forwarded headers are trusted. */
    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        @Nullable String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }

    /** "one hour", "2 hours" or "30 minutes", as the configured validity comes. */
    private String validity(Duration validity) {
        return validity.toMinutesPart() == 0 && validity.toHours() > 0
                ? getTranslation("forgot-password.hours", validity.toHours())
                : getTranslation("forgot-password.minutes", validity.toMinutes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot-password.page-title");
    }
}
