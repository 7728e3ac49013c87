package org.extranet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.account.StartView;
import org.extranet.base.ui.NoticesShown;
import org.extranet.base.ui.ViewTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The editor as the back office's company page embeds it, here placed on a page of its own. */
@SpringBootTest
@ViewPackages(packages = "org.extranet")
class CompanyAddressesEditorTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired AddressRegistry registry;
    @Autowired AddressTestData data;
    @Autowired DSLContext db;

    long company;
    String companyName;
    CompanyAddressesEditor editor;

    @BeforeEach
    void aCompanyWithOneRegisteredAddress() {
        company = fixtures.company();
        companyName = fixtures.companyName(company);
        data.register(company, "Magazyn Wrocław", "ul. Logistyczna 4", "54-614", "Wrocław");
        signIn.as(fixtures.staff());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(StartView.class);
        editor = new CompanyAddressesEditor(registry, company);
        UI.getCurrent().add(editor);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_head_office_comes_first_as_the_read_only_default_then_the_registered_addresses() {
        assertThat(find(H2.class).withText("Delivery addresses").all()).hasSize(1);
        assertThat(cards()).containsExactly(
                companyName + " Default delivery address (head office) ul. Testowa 1 00-001 Warszawa Poland",
                "Magazyn Wrocław ul. Logistyczna 4 54-614 Wrocław Poland");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("The head office is the default delivery address; it is changed in the company details.");
        assertThat(find(Button.class).withText("Edit").all()).extracting(Button::getAriaLabel)
                .containsExactly(Optional.of("Edit Magazyn Wrocław"));
        assertThat(find(Button.class).withText("Remove").all()).hasSize(1);
    }

    @Test
    void staff_add_an_address_with_the_distributors_form() {
        test(find(Button.class).withText("Add delivery address").single()).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Add delivery address");

        test(field("Name of the place")).setValue("Magazyn Łódź");
        test(field("Street and number")).setValue("ul. Składowa 5");
        test(field("Postal code")).setValue("90-001");
        test(field("City")).setValue("Łódź");
        test(find(Button.class).withText("Add address").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(NoticesShown.text(find(Notification.class).last()))
                .isEqualTo("Magazyn Łódź added as a delivery address of " + companyName + ".");
        assertThat(cards()).contains("Magazyn Łódź ul. Składowa 5 90-001 Łódź Poland");
        assertThat(db.fetchValue(DELIVERY_ADDRESS.STREET, DELIVERY_ADDRESS.COMPANY_ID.eq(company)
                .and(DELIVERY_ADDRESS.NAME.eq("Magazyn Łódź")))).isEqualTo("ul. Składowa 5");
    }

    @Test
    void a_missing_field_is_shown_there_and_nothing_is_added() {
        test(find(Button.class).withText("Add delivery address").single()).click();
        test(field("Name of the place")).setValue("Magazyn Łódź");

        test(find(Button.class).withText("Add address").single()).click();

        assertThat(field("Street and number").getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(find(Dialog.class).all()).hasSize(1);
        assertThat(db.fetchCount(DELIVERY_ADDRESS, DELIVERY_ADDRESS.COMPANY_ID.eq(company))).isEqualTo(1);
    }

    @Test
    void staff_edit_an_address_in_the_form_filled_in() {
        test(find(Button.class).withText("Edit").single()).click();
        assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Edit delivery address");
        assertThat(field("Street and number").getValue()).isEqualTo("ul. Logistyczna 4");

        test(field("Street and number")).setValue("ul. Logistyczna 6");
        test(find(Button.class).withText("Save address").single()).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(NoticesShown.text(find(Notification.class).last())).isEqualTo("Magazyn Wrocław saved.");
        assertThat(cards()).contains("Magazyn Wrocław ul. Logistyczna 6 54-614 Wrocław Poland");
        assertThat(db.fetchValue(DELIVERY_ADDRESS.STREET, DELIVERY_ADDRESS.COMPANY_ID.eq(company)))
                .isEqualTo("ul. Logistyczna 6");
    }

    @Test
    void removing_asks_first_naming_the_address() {
        test(find(Button.class).withText("Remove").single()).click();
        var confirm = test(find(ConfirmDialog.class).single());
        assertThat(confirm.getHeader()).isEqualTo("Remove the delivery address?");
        assertThat(confirm.getText()).isEqualTo("Magazyn Wrocław, ul. Logistyczna 4, 54-614 Wrocław, Poland will no longer be a delivery address of "
                + companyName + ".");

        confirm.cancel();
        assertThat(db.fetchCount(DELIVERY_ADDRESS, DELIVERY_ADDRESS.COMPANY_ID.eq(company))).isEqualTo(1);

        test(find(Button.class).withText("Remove").single()).click();
        test(find(ConfirmDialog.class).last()).confirm();

        assertThat(db.fetchCount(DELIVERY_ADDRESS, DELIVERY_ADDRESS.COMPANY_ID.eq(company))).isZero();
        assertThat(NoticesShown.text(find(Notification.class).last())).isEqualTo("Magazyn Wrocław removed.");
        assertThat(cards()).hasSize(1);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("No other delivery addresses are registered for this company.");
    }

    private List<String> cards() {
        // The editor's own cards: the start page it is put on has list items of its own.
        return find(ListItem.class).from(editor).all().stream()
                .map(item -> item.getChildren().map(child -> child.getElement().getText()).filter(text -> !text.isEmpty())
                        .reduce((a, b) -> a + " " + b).orElse(""))
                .toList();
    }

    private TextField field(String label) {
        return find(TextField.class).withCaption(label).single();
    }
}
