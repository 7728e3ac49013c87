package org.extranet.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.extranet.base.Refusal;
import org.extranet.base.ui.ShowsRefusals;
import org.extranet.password.LinkState;
import org.extranet.password.LinkUnusable;
import org.extranet.password.PasswordLinks;
import org.extranet.password.PasswordPolicy;
import org.extranet.password.TokenPurpose;
import org.jspecify.annotations.Nullable;

/**
 * Where the welcome and forgotten-password links lead: choose a password, or learn why the link no
 * longer works and what to do instead. Reached without signing in.
 * The token stays in this view; it never goes into the title, a message or a log.
 */
@Route(value = PasswordLinks.PATH, autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle, ShowsRefusals {

    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private String token = "";
    private @Nullable NewPasswordFields fields;

    SetPasswordView(PasswordLinks links, PasswordPolicy policy) {
        this.links = links;
        this.policy = policy;
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

        var fields = new NewPasswordFields(policy, link.email());
        this.fields = fields;
        var submit = new Button(getTranslation("set-password.submit"), click -> submit(fields, link.email()));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(fields.repeatField()).resetFocusOnActiveElement();

        showForm(new H1(getTranslation("set-password." + purpose + ".heading")), intro, account, fields, submit);
    }

    private void submit(NewPasswordFields fields, String email) {
        fields.clearErrors();
        try {
            links.setPassword(token, fields.newPassword(), fields.repeat());
            showMessage(getTranslation("set-password.done.heading"), getTranslation("set-password.done.text", email));
        } catch (LinkUnusable unusable) {
            // Used or expired since the page opened (another tab, a second click).
            showProblem(unusable.state());
        }
    }

    private void showProblem(LinkState state) {
        switch (state) {
            case LinkState.Expired expired -> showMessage(getTranslation("set-password.expired.heading"),
                    getTranslation(expiredText(expired)));
            case LinkState.Used used -> showMessage(getTranslation("set-password.used.heading"),
                    getTranslation("set-password.used.text"));
            default -> showMessage(getTranslation("set-password.unknown.heading"),
                    getTranslation("set-password.unknown.text"));
        }
    }

    /** Staff have no company administrator to ask for a new invitation. */
    private static String expiredText(LinkState.Expired expired) {
        boolean staffInvitation = expired.staff() && expired.purpose() == TokenPurpose.INVITATION;
        return "set-password.expired." + (staffInvitation ? "staff-invitation" : purposeKey(expired.purpose()));
    }

    private static String purposeKey(TokenPurpose purpose) {
        return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.page-title");
    }

    @Override
    public boolean show(Refusal refusal) {
        return fields != null && fields.show(refusal);
    }
}
