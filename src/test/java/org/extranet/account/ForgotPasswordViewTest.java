package org.extranet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.MAIL_OUTBOX;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.base.ui.ViewTest;
import org.extranet.ui.LoginView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class ForgotPasswordViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired DSLContext db;

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private List<String> askFor(String email, String button) {
        // From the sign-in page, as a user comes, so that the form is new each time.
        navigate(LoginView.class);
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).single()).setValue(email);
        test(find(Button.class).withText(button).single()).click();
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    @Test
    void asks_for_the_email_address_without_signing_in() {
        var view = navigate(ForgotPasswordView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Forgot your password?");
        assertThat(find(EmailField.class).single().getLabel()).isEqualTo("Email");
        assertThat(find(Anchor.class).single().getHref()).isEqualTo("login");
        assertThat(view.getPageTitle()).isEqualTo("Forgot password – Extranet");
    }

    @Test
    void an_empty_address_is_asked_for_at_the_field() {
        navigate(ForgotPasswordView.class);

        test(find(Button.class).withText("Send link").single()).click();

        var field = find(EmailField.class).single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter your e-mail address.");
    }

    @Test
    void a_known_address_gets_the_mail_and_the_answer_that_an_unknown_one_gets_too() {
        String known = fixtures.user(fixtures.company());
        String unknown = Fixtures.unique("nobody") + "@example.com";

        var answerForKnown = askFor(known, "Send link");
        assertThat(find(H1.class).single().getText()).isEqualTo("Check your e-mail");
        var answerForUnknown = askFor(unknown, "Send link");

        assertThat(answerForKnown.getFirst()).isEqualTo("If an account exists for " + known
                + ", we have sent a link to it to choose a new password. The link is valid for one hour.");
        assertThat(answerForUnknown).isEqualTo(answerForKnown.stream()
                .map(text -> text.replace(known, unknown)).toList());
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(known))).isOne();
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(unknown))).isZero();
    }

    @Test
    void speaks_polish() {
        UI.getCurrent().setLocale(Locale.of("pl"));

        askFor(Fixtures.unique("nobody") + "@example.com", "Wyślij link");

        assertThat(find(H1.class).single().getText()).isEqualTo("Sprawdź swoją skrzynkę e-mail");
        assertThat(find(Paragraph.class).first().getText()).endsWith("Link jest ważny przez godzinę.");
    }
}
