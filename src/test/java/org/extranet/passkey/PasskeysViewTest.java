package org.extranet.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.PASSKEY;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.AccountView;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.ViewTest;
import org.extranet.base.ui.WebAuthnCeremonies;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.StringNode;

/** "Passkeys" on Account information: listed, added through the browser, renamed and removed. */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class PasskeysViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    String email;

    @BeforeEach
    void signedIn() {
        email = fixtures.user(fixtures.company());
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private void open(Locale locale) {
        signIn.as(email);
        UI.getCurrent().setLocale(locale);
        navigate(AccountView.class);
    }

    private YourPasskeys section() {
        return find(YourPasskeys.class).single();
    }

    private List<String> names() {
        return find(com.vaadin.flow.component.html.Span.class).from(section()).all().stream()
                .filter(span -> span.hasClassName("passkey-name")).map(span -> span.getText()).toList();
    }

    private Button button(String label) {
        return find(Button.class).all().stream().filter(button -> label.equals(button.getAriaLabel().orElse(button.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("No button " + label));
    }

    private List<String> notices() {
        return find(Notification.class).all().stream().map(NoticesShown::text).toList();
    }

    private List<PendingJavaScriptInvocation> ceremonies() {
        roundTrip();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(script -> script.getInvocation().getExpression().contains("webauthn/register")).toList();
    }

    @Test
    void lists_the_passkeys_with_buttons_named_after_each() {
        fixtures.passkey(email, "Laptop");
        fixtures.passkey(email, "Phone");

        open(Locale.ENGLISH);

        assertThat(names()).containsExactly("Laptop", "Phone");
        assertThat(button("Rename passkey Phone").getText()).isEqualTo("Rename");
        assertThat(button("Remove passkey Laptop").getText()).isEqualTo("Remove");
    }

    @Test
    void without_passkeys_it_says_so_in_polish_too() {
        open(Locale.of("pl"));

        assertThat(names()).isEmpty();
        assertThat(section().getElement().getTextRecursively()).contains("Klucze dostępu", "Nie masz jeszcze kluczy dostępu.");
        assertThat(button("Dodaj klucz dostępu")).isNotNull();
    }

    @Test
    void adding_asks_for_a_name_and_then_lets_the_browser_make_the_passkey() {
        open(Locale.ENGLISH);
        test(button("Add a passkey")).click();
        var dialog = find(Dialog.class).single();
        test(find(TextField.class).from(dialog).single()).setValue("  ");
        test(button("Create passkey")).click();
        assertThat(find(TextField.class).from(dialog).single().getErrorMessage()).isEqualTo("Enter a name for the passkey.");
        assertThat(ceremonies()).isEmpty();

        test(find(TextField.class).from(dialog).single()).setValue(" Work laptop ");
        test(button("Create passkey")).click();
        var ceremony = ceremonies();
        assertThat(ceremony).singleElement().satisfies(script -> {
            assertThat(script.getInvocation().getExpression()).contains(WebAuthnCeremonies.REGISTER.strip().substring(0, 40));
            assertThat(script.getInvocation().getParameters()).contains("Work laptop");
        });

        // The browser's window was closed: nothing made, the window stays for another try.
        ceremony.getFirst().complete(StringNode.valueOf("cancelled"));
        assertThat(notices()).anyMatch(text -> text.startsWith("No passkey was made"));
        assertThat(dialog.isOpened()).isTrue();

        test(button("Create passkey")).click();
        fixtures.passkey(email, "Work laptop");
        ceremonies().getFirst().complete(StringNode.valueOf("added"));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(names()).containsExactly("Work laptop");
        assertThat(notices()).contains("Passkey Work laptop added. You can now sign in with it.");
    }

    @Test
    void renaming_shows_the_new_name_and_a_blank_one_at_the_field() {
        long laptop = fixtures.passkey(email, "Laptop");
        open(Locale.ENGLISH);

        test(button("Rename passkey Laptop")).click();
        var dialog = find(Dialog.class).single();
        var name = find(TextField.class).from(dialog).single();
        assertThat(name.getValue()).isEqualTo("Laptop");
        test(name).setValue("");
        test(button("Save")).click();
        assertThat(name.isInvalid()).isTrue();
        test(name).setValue("Work laptop");
        test(button("Save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(names()).containsExactly("Work laptop");
        assertThat(db.fetchValue(PASSKEY.LABEL, PASSKEY.ID.eq(laptop))).isEqualTo("Work laptop");
        assertThat(notices()).contains("The passkey is now called Work laptop.");
    }

    @Test
    void removing_asks_first_and_a_passkey_gone_meanwhile_is_said_so() {
        long laptop = fixtures.passkey(email, "Laptop");
        long phone = fixtures.passkey(email, "Phone");
        open(Locale.ENGLISH);

        test(button("Remove passkey Laptop")).click();
        assertThat(find(Dialog.class).single().getElement().getTextRecursively())
                .contains("The passkey \"Laptop\" will no longer sign you in.");
        test(find(Button.class).from(find(Dialog.class).single()).all().stream()
                .filter(button -> button.hasClassName("remove-passkey-confirm")).findFirst().orElseThrow()).click();
        assertThat(names()).containsExactly("Phone");
        assertThat(notices()).contains("Passkey Laptop removed.");

        db.deleteFrom(PASSKEY).where(PASSKEY.ID.eq(phone)).execute();
        test(button("Remove passkey Phone")).click();
        test(find(Button.class).from(find(Dialog.class).single()).all().stream()
                .filter(button -> button.hasClassName("remove-passkey-confirm")).findFirst().orElseThrow()).click();
        assertThat(names()).isEmpty();
        assertThat(notices()).contains("This passkey has been removed meanwhile.");
        assertThat(db.fetchCount(PASSKEY, PASSKEY.ID.in(laptop, phone))).isZero();
    }
}
