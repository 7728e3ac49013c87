package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.ui.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@ViewPackages(packages = "org.extranet")
class CompanyLogoViewTest extends ViewTest {

    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired CompanyLogoService logos;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void an_administrator_uploads_a_logo_sees_it_at_once_and_removes_it() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CompanyLogoView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Company logo");
        assertThat(paragraphs()).contains("No logo yet.");
        assertThat(find(Image.class).all()).isEmpty();
        assertThat(remove().isEnabled()).isFalse();

        test(find(Upload.class).single()).upload("logo.png", "image/png", LogoFiles.png(1200, 400));

        assertThat(find(Image.class).single().getAlt()).contains("Current company logo");
        assertThat(find(Image.class).single().getSrc()).isNotBlank();
        assertThat(paragraphs()).contains("Stored as a PNG of 600 × 200 pixels.",
                "The new logo is saved. Quotes show it from now on.");

        test(remove()).click();

        assertThat(find(Image.class).all()).isEmpty();
        assertThat(paragraphs()).contains("No logo yet.", "The logo is removed. Quotes are printed without a logo.");
        assertThat(logos.logo(company)).isEmpty();
    }

    @Test
    void a_hostile_upload_is_refused_with_its_reason_at_the_upload_in_the_user_language() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        UI.getCurrent().setLocale(Locale.of("pl"));
        navigate(CompanyLogoView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Logo firmy");

        test(find(Upload.class).single()).upload("logo.svg", "image/svg+xml", LogoFiles.svg());

        var error = find(Paragraph.class).withClassName("upload-error").single();
        assertThat(error.getText()).startsWith("Pliki SVG nie są przyjmowane");
        assertThat(error.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(find(Upload.class).single().getElement().getAttribute("aria-describedby")).isEqualTo(error.getId().orElseThrow());
        assertThat(find(Image.class).all()).isEmpty();

        test(find(Upload.class).single()).upload("logo.jpg", "image/jpeg", LogoFiles.png(100, 50));
        assertThat(error.getText()).startsWith("Rozszerzenie nazwy pliku nie zgadza się");
        assertThat(logos.logo(company)).isEmpty();
    }

    @Test
    void a_user_without_manage_users_cannot_open_the_page() {
        signIn.as(fixtures.user(fixtures.company(), "PREPARE_QUOTES"));

        assertThatThrownBy(() -> navigate(CompanyLogoView.class)).isInstanceOf(Exception.class);
        assertThat(getCurrentView()).isNotInstanceOf(CompanyLogoView.class);
    }

    private Button remove() {
        return find(Button.class).withText("Remove logo").single();
    }

    private java.util.List<String> paragraphs() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
