package org.extranet.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.OAUTH2_REGISTERED_CLIENT;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The back office's applications: register (the secret shown once), a refused address at its field, renew, disable. */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class ApplicationsViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void staffInEnglish() {
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ApplicationsView.class);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Dialog openDialog() {
        return find(Dialog.class).withCondition(Dialog::isOpened).all().getLast();
    }

    private <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String label) {
        return find(type).from(openDialog()).all().stream()
                .filter(field -> label.equals(field.getElement().getProperty("label"))).findFirst().orElseThrow();
    }

    private String register(String name, String redirectUris) {
        test(find(Button.class).withText("Register application").single()).click();
        test(field(TextField.class, "Name")).setValue(name);
        test(field(TextArea.class, "Redirect addresses (one per line, exact)")).setValue(redirectUris);
        test(find(Button.class).from(openDialog()).withText("Register application").single()).click();
        return name;
    }

    private String storedSecretHash(String name) {
        return db.fetchValue(OAUTH2_REGISTERED_CLIENT.CLIENT_SECRET, OAUTH2_REGISTERED_CLIENT.CLIENT_NAME.eq(name));
    }

    @SuppressWarnings("unchecked")
    private List<Button> actionsOf(String name) {
        Grid<ApplicationRow> grid = find(Grid.class).single();
        var rows = test(grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).name().equals(name)).findFirst().orElseThrow();
        return find(Button.class).from(rows.getCellComponent(row, grid.getColumns().size() - 1)).all();
    }

    @SuppressWarnings("unchecked")
    private ApplicationRow row(String name) {
        Grid<ApplicationRow> grid = find(Grid.class).single();
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(rows::getRow).filter(row -> row.name().equals(name))
                .findFirst().orElseThrow();
    }

    private Button action(String name, String accessibleName) {
        return actionsOf(name).stream().filter(button -> button.getAriaLabel().orElse("").equals(accessibleName))
                .findFirst().orElseThrow();
    }

    /** The secret the open window shows, after checking that it says it is shown this once. */
    private String shownSecret() {
        var dialog = openDialog();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Copy the secret now: it is shown only this once and cannot be read again.");
        var secret = field(TextField.class, "Client secret");
        assertThat(secret.isReadOnly()).isTrue();
        String value = secret.getValue();
        test(find(Button.class).from(dialog).withText("Close").single()).click();
        assertThat(find(TextField.class).all()).as("no longer shown anywhere").noneMatch(f -> value.equals(f.getValue()));
        return value;
    }

    @Test
    void staff_register_an_application_and_see_its_secret_once_while_only_its_hash_is_kept() {
        String name = register(Fixtures.unique("Orders"), "https://orders.example.com/cb\n\nhttp://127.0.0.1:8081/cb");

        assertThat(find(Notification.class).all()).extracting(NoticesShown::text).contains("Application " + name + " registered.");
        String clientId = field(TextField.class, "Client ID").getValue();
        String secret = shownSecret();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        String hash = storedSecretHash(name);
        assertThat(hash).doesNotContain(secret);
        assertThat(encoder.matches(secret, hash)).isTrue();
        assertThat(row(name)).isEqualTo(new ApplicationRow(row(name).id(), clientId, name, true, true, 2));

        test(action(name, "Edit " + name)).click();
        assertThat(find(TextField.class).from(openDialog()).all()).noneMatch(f -> secret.equals(f.getValue()));
        assertThat(field(TextArea.class, "Redirect addresses (one per line, exact)").getValue())
                .isEqualTo("http://127.0.0.1:8081/cb\nhttps://orders.example.com/cb");
    }

    @Test
    void a_redirect_address_with_a_fragment_is_refused_at_its_field_and_nothing_is_registered() {
        String name = register(Fixtures.unique("Prices"), "https://prices.example.com/cb#top");

        var redirects = field(TextArea.class, "Redirect addresses (one per line, exact)");
        assertThat(redirects.isInvalid()).isTrue();
        assertThat(redirects.getErrorMessage()).isEqualTo("Not an address the provider accepts: "
                + "https://prices.example.com/cb#top. Use an absolute https address without a fragment or wildcard (http only on localhost).");
        assertThat(db.fetchExists(OAUTH2_REGISTERED_CLIENT, OAUTH2_REGISTERED_CLIENT.CLIENT_NAME.eq(name))).isFalse();

        test(redirects).setValue("https://prices.example.com/cb");
        test(find(Button.class).from(openDialog()).withText("Register application").single()).click();
        assertThat(db.fetchExists(OAUTH2_REGISTERED_CLIENT, OAUTH2_REGISTERED_CLIENT.CLIENT_NAME.eq(name))).isTrue();
    }

    @Test
    void renewing_the_secret_asks_first_and_shows_the_new_one_once() {
        String name = register(Fixtures.unique("Invoices"), "https://invoices.example.com/cb");
        String first = shownSecret();

        test(action(name, "Renew the secret of " + name)).click();
        assertThat(openDialog().getHeaderTitle()).isEqualTo("Renew the secret of " + name + "?");
        test(find(Button.class).from(openDialog()).withText("Renew secret").single()).click();

        String second = shownSecret();
        assertThat(second).isNotEqualTo(first);
        assertThat(encoder.matches(second, storedSecretHash(name))).isTrue();
        assertThat(encoder.matches(first, storedSecretHash(name))).as("the old secret stops working").isFalse();
    }

    @Test
    void disabling_asks_first_and_enabling_brings_it_back() {
        String name = register(Fixtures.unique("Quotes"), "https://quotes.example.com/cb");
        shownSecret();

        test(action(name, "Disable " + name)).click();
        assertThat(openDialog().getHeaderTitle()).isEqualTo("Disable " + name + "?");
        test(find(Button.class).from(openDialog()).withText("Disable").single()).click();

        assertThat(row(name).enabled()).isFalse();
        assertThat(find(Notification.class).all()).extracting(NoticesShown::text).contains("Application disabled");
        test(action(name, "Enable " + name)).click();
        assertThat(row(name).enabled()).isTrue();
    }
}
