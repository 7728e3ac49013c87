package org.extranet.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.extranet.security.SecurityConfiguration;

/**
 * Where the welcome and forgotten-password links lead: choose a password, or learn why the link no
 * longer works and what to do instead. Reached without signing in, so it draws its own top bar.
 * The token stays in this view; it never goes into the title, a message or a log.
 */
@Route(value = PasswordLinks.PATH, autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private final Main content = new Main();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Span strength = new Span();
    private String token = "";

    SetPasswordView(PasswordLinks links, PasswordPolicy policy) {
        this.links = links;
        this.policy = policy;
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        var topBar = new Header(brand);
        topBar.addClassName("top-bar");
        content.addClassName("login-main");
        add(topBar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        switch (links.check(token)) {
            case LinkState.Valid valid -> showForm(valid);
            case LinkState unusable -> showProblem(unusable);
        }
    }

    private void showForm(LinkState.Valid link) {
        // The page speaks the language the welcome e-mail was written in.
        var ui = UI.getCurrent();
        ui.setLocale(link.language().locale());
        ui.getPage().executeJs("document.documentElement.lang = $0", link.language().code());

        String purpose = purposeKey(link.purpose());
        var intro = new Paragraph(getTranslation("set-password." + purpose + ".intro", link.firstName()));
        var account = new Paragraph(getTranslation("set-password.account", link.email()));

        newPassword.setLabel(getTranslation("set-password.new-password"));
        newPassword.setHelperText(getTranslation("set-password.hint", PasswordPolicy.MIN_LENGTH));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setValueChangeMode(ValueChangeMode.LAZY);
        newPassword.addValueChangeListener(change -> {
            clearError(newPassword);
            showStrength(change.getValue(), link.email());
        });
        strength.getElement().setAttribute("aria-live", "polite");
        strength.addClassName("password-strength");

        repeat.setLabel(getTranslation("set-password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.addValueChangeListener(change -> clearError(repeat));
        for (var field : new PasswordField[] {newPassword, repeat}) {
            // The messages come from the service; the field's own checks would clear them on blur.
            field.setManualValidation(true);
            field.setWidthFull();
        }

        var submit = new Button(getTranslation("set-password.submit"), click -> submit(link.email()));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(repeat).resetFocusOnActiveElement();

        var form = new Div(new H1(getTranslation("set-password." + purpose + ".heading")), intro, account,
                newPassword, strength, repeat, submit);
        form.getStyle().set("max-width", "28rem").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        content.removeAll();
        content.add(form);
    }

    private void submit(String email) {
        clearError(newPassword);
        clearError(repeat);
        try {
            links.setPassword(token, newPassword.getValue(), repeat.getValue());
            show(getTranslation("set-password.done.heading"), getTranslation("set-password.done.text", email));
        } catch (PasswordRefused refused) {
            var field = refused.field() == PasswordRefused.Field.REPEAT ? repeat : newPassword;
            field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            field.setInvalid(true);
            field.focus();
        } catch (LinkUnusable unusable) {
            // Used or expired since the page opened (another tab, a second click).
            showProblem(unusable.state());
        }
    }

    private void showProblem(LinkState state) {
        switch (state) {
            case LinkState.Expired expired -> show(getTranslation("set-password.expired.heading"),
                    getTranslation("set-password.expired." + purposeKey(expired.purpose())));
            case LinkState.Used used -> show(getTranslation("set-password.used.heading"),
                    getTranslation("set-password.used.text"));
            default -> show(getTranslation("set-password.unknown.heading"),
                    getTranslation("set-password.unknown.text"));
        }
    }

    /** A page that only tells something and leads to the sign-in page. */
    private void show(String heading, String text) {
        var title = new H1(heading);
        // Focus goes to the new heading, so that screen readers announce what happened; it is not
        // in the tab order, so it needs no focus ring.
        title.getElement().setAttribute("tabindex", "-1");
        title.getStyle().set("outline", "none");
        var signIn = new Anchor(SecurityConfiguration.LOGIN_PATH, getTranslation("set-password.sign-in"));
        content.removeAll();
        content.add(new Div(title, new Paragraph(text), signIn));
        title.getElement().callJsFunction("focus");
    }

    private void showStrength(String password, String email) {
        strength.setText(password.isEmpty() ? "" : getTranslation("password.strength",
                getTranslation(policy.strength(password, email).messageKey())));
    }

    private static void clearError(PasswordField field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    private static String purposeKey(TokenPurpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.page-title");
    }
}
