package org.extranet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.extranet.db.Tables.AUDIT_EVENT;
import static org.extranet.db.Tables.COMPANY_LOGO;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class CompanyLogoServiceTest {

    @Autowired CompanyLogoService logos;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    long company;

    @BeforeEach
    void administrator() {
        company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_png_with_metadata_is_stored_re_encoded_without_it_and_scaled_to_fit_the_quote_header() throws IOException {
        byte[] upload = LogoFiles.withText(LogoFiles.png(1200, 300), "Comment", "secret tracking note");
        assertThat(LogoFiles.hasChunk(upload, "tEXt")).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(upload)).getWidth()).isEqualTo(1200);

        var logo = logos.replaceLogo(company, "logo.png", "image/png", upload);

        var stored = db.selectFrom(COMPANY_LOGO).where(COMPANY_LOGO.COMPANY_ID.eq(company)).fetchSingle();
        assertThat(stored.getContentType()).isEqualTo("image/png");
        assertThat(stored.getWidth()).isEqualTo(600);
        assertThat(stored.getHeight()).isEqualTo(150);
        assertThat(LogoFiles.hasChunk(stored.getImage(), "tEXt")).isFalse();
        assertThat(new String(stored.getImage(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("secret tracking note");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored.getImage()));
        assertThat(decoded.getWidth()).isEqualTo(600);
        assertThat(decoded.getHeight()).isEqualTo(150);
        assertThat(logo.width()).isEqualTo(600);
        assertThat(audit("LOGO_CHANGED")).isEqualTo(1);
    }

    @Test
    void a_small_logo_is_never_enlarged() {
        logos.replaceLogo(company, "small.png", "image/png", LogoFiles.png(120, 40));

        assertThat(logos.logo(company)).get().satisfies(logo -> {
            assertThat(logo.width()).isEqualTo(120);
            assertThat(logo.height()).isEqualTo(40);
        });
    }

    @Test
    void a_tall_logo_is_scaled_by_its_height() {
        var logo = logos.replaceLogo(company, "tall.png", "image/png", LogoFiles.png(400, 800));

        assertThat(logo.width()).isEqualTo(100);
        assertThat(logo.height()).isEqualTo(200);
    }

    @Test
    void a_jpeg_is_stored_as_png_whatever_type_the_browser_declared() throws IOException {
        var logo = logos.replaceLogo(company, "photo.JPEG", "application/octet-stream", LogoFiles.jpeg(900, 300));

        assertThat(Arrays.copyOf(logo.png(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(ImageIO.read(new ByteArrayInputStream(logo.png())).getWidth()).isEqualTo(600);
        assertThat(logo.height()).isEqualTo(200);
    }

    @Test
    void a_webp_is_decoded_and_stored_as_png() throws IOException {
        var logo = logos.replaceLogo(company, "logo.webp", "image/webp", LogoFiles.webp());

        assertThat(logo.width()).isEqualTo(320);
        assertThat(logo.height()).isEqualTo(120);
        var decoded = ImageIO.read(new ByteArrayInputStream(logo.png()));
        // The cwebp-made test file has a blue rounded box: its middle is blue, its corner transparent.
        assertThat(new java.awt.Color(decoded.getRGB(160, 10), true).getBlue()).isGreaterThan(100);
        assertThat(decoded.getRGB(0, 0) >>> 24).isLessThan(64);
    }

    @Test
    void a_cmyk_jpeg_from_prepress_with_an_adobe_marker_is_accepted_and_stored_in_its_colours() throws IOException {
        var logo = logos.replaceLogo(company, "logo-ycck.jpg", "image/jpeg", LogoFiles.ycckJpeg());

        assertThat(db.fetchCount(COMPANY_LOGO, COMPANY_LOGO.COMPANY_ID.eq(company))).isOne();
        assertThat(logo.width()).isEqualTo(300);
        var decoded = ImageIO.read(new ByteArrayInputStream(logo.png()));
        // ImageMagick's gradient runs from navy at the top to orange at the bottom.
        var top = new java.awt.Color(decoded.getRGB(150, 2));
        var bottom = new java.awt.Color(decoded.getRGB(150, 97));
        assertThat(top.getBlue()).isGreaterThan(100);
        assertThat(top.getRed()).isLessThan(40);
        assertThat(bottom.getRed()).isGreaterThan(200);
        assertThat(bottom.getBlue()).isLessThan(40);
    }

    @Test
    void a_plain_cmyk_jpeg_with_an_adobe_marker_is_accepted() {
        var logo = logos.replaceLogo(company, "logo.jpg", "image/jpeg", LogoFiles.cmykJpeg(900, 300));

        assertThat(logo.width()).isEqualTo(600);
        assertThat(logo.height()).isEqualTo(200);
        assertThat(audit("LOGO_CHANGED")).isOne();
    }

    @Test
    void an_svg_is_refused_however_it_is_named() {
        refused("logo.svg", LogoFiles.svg(), LogoProblem.SVG);
        refused("logo.png", LogoFiles.svg(), LogoProblem.SVG);
    }

    @Test
    void a_png_renamed_jpg_is_refused_as_suspicious() {
        refused("logo.jpg", LogoFiles.png(100, 50), LogoProblem.EXTENSION_MISMATCH);
        refused("logo.exe", LogoFiles.png(100, 50), LogoProblem.EXTENSION_MISMATCH);
    }

    @Test
    void a_text_file_renamed_png_is_not_an_image() {
        refused("logo.png", "Hello, I am not a picture.".getBytes(), LogoProblem.NOT_AN_IMAGE);
        refused("logo.png", new byte[0], LogoProblem.NOT_AN_IMAGE);
    }

    @Test
    void a_truncated_png_is_refused_as_damaged() {
        byte[] png = LogoFiles.png(400, 200);

        refused("logo.png", Arrays.copyOf(png, png.length / 2), LogoProblem.DAMAGED);
        refused("logo.png", Arrays.copyOf(png, 40), LogoProblem.DAMAGED);
    }

    @Test
    void a_truncated_jpeg_is_refused_as_damaged() {
        byte[] jpeg = LogoFiles.jpeg(400, 200);

        refused("logo.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), LogoProblem.DAMAGED);
    }

    @Test
    void a_file_over_two_megabytes_is_refused() {
        byte[] big = Arrays.copyOf(LogoFiles.png(100, 100), 3 * 1024 * 1024);

        refused("logo.png", big, LogoProblem.TOO_LARGE);
    }

    @Test
    void a_small_file_declaring_thirty_thousand_pixels_square_is_refused_before_decoding() {
        byte[] bomb = LogoFiles.hugeHeader(30000, 30000);
        assertThat(bomb.length).isLessThan(200);

        refused("logo.png", bomb, LogoProblem.TOO_MANY_PIXELS);
        refused("logo.png", LogoFiles.hugeHeader(5500, 5500), LogoProblem.TOO_MANY_PIXELS);
        refused("logo.png", LogoFiles.hugeHeader(4001, 100), LogoProblem.TOO_MANY_PIXELS);
        refused("logo.png", LogoFiles.hugeHeader(3000, 2700), LogoProblem.TOO_MANY_PIXELS);
    }

    @Test
    void other_image_formats_are_refused_as_unsupported() {
        refused("logo.gif", LogoFiles.gif(100, 50), LogoProblem.UNSUPPORTED_FORMAT);
    }

    @Test
    void a_refused_upload_leaves_the_stored_logo_as_it_was() {
        logos.replaceLogo(company, "logo.png", "image/png", LogoFiles.png(300, 100));
        byte[] before = logos.logo(company).orElseThrow().png();

        assertThatThrownBy(() -> logos.replaceLogo(company, "logo.jpg", "image/jpeg", LogoFiles.png(200, 100)))
                .isInstanceOf(LogoRefused.class);

        assertThat(logos.logo(company).orElseThrow().png()).isEqualTo(before);
        assertThat(audit("LOGO_CHANGED")).isEqualTo(1);
    }

    @Test
    void every_refusal_has_a_message_in_english_and_polish() {
        for (String language : List.of("en", "pl")) {
            var texts = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of(language));
            for (LogoProblem problem : LogoProblem.values()) {
                assertThat(texts.getString("logo.refused." + problem.name())).isNotBlank();
            }
        }
        assertThat(ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of("pl")).getString("logo.refused.SVG"))
                .startsWith("Pliki SVG nie są przyjmowane");
    }

    @Test
    void a_logo_can_be_replaced_and_removed() {
        logos.replaceLogo(company, "first.png", "image/png", LogoFiles.png(300, 100));
        logos.replaceLogo(company, "second.png", "image/png", LogoFiles.png(150, 100));

        assertThat(logos.logo(company)).get().extracting(CompanyLogo::width).isEqualTo(150);
        assertThat(logos.removeLogo(company)).isTrue();
        assertThat(logos.logo(company)).isEmpty();
        assertThat(logos.removeLogo(company)).isFalse();
        assertThat(audit("LOGO_CHANGED")).isEqualTo(2);
        assertThat(audit("LOGO_REMOVED")).isEqualTo(1);
    }

    @Test
    void an_administrator_of_another_company_is_refused_and_the_attempt_audited() {
        long other = fixtures.company();

        assertThatThrownBy(() -> logos.replaceLogo(other, "logo.png", "image/png", LogoFiles.png(100, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logos.removeLogo(other)).isInstanceOf(AccessDeniedException.class);

        assertThat(db.fetchCount(COMPANY_LOGO, COMPANY_LOGO.COMPANY_ID.eq(other))).isZero();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.COMPANY_ID.eq(other)
                .and(AUDIT_EVENT.ACTION.eq("ACCESS_REFUSED")))).isEqualTo(2);
    }

    @Test
    void a_user_without_manage_users_is_refused() {
        signIn.as(fixtures.user(company, "PREPARE_QUOTES"));

        assertThatThrownBy(() -> logos.replaceLogo(company, "logo.png", "image/png", LogoFiles.png(100, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> logos.myCompanyId()).isInstanceOf(AccessDeniedException.class);
        assertThat(db.fetchCount(COMPANY_LOGO, COMPANY_LOGO.COMPANY_ID.eq(company))).isZero();
    }

    @Test
    void staff_may_change_any_company_logo_on_its_behalf() {
        signIn.as(fixtures.staff());

        logos.replaceLogo(company, "logo.png", "image/png", LogoFiles.png(100, 50));

        assertThat(db.select(AUDIT_EVENT.ON_BEHALF).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.COMPANY_ID.eq(company).and(AUDIT_EVENT.ACTION.eq("LOGO_CHANGED")))
                .fetchSingle(AUDIT_EVENT.ON_BEHALF)).isTrue();
    }

    private void refused(String fileName, byte[] bytes, LogoProblem problem) {
        assertThatThrownBy(() -> logos.replaceLogo(company, fileName, "image/png", bytes))
                .isInstanceOfSatisfying(LogoRefused.class, refused -> assertThat(refused.problem()).isEqualTo(problem));
        assertThat(db.fetchCount(COMPANY_LOGO, COMPANY_LOGO.COMPANY_ID.eq(company))).as("nothing stored").isZero();
        assertThat(audit("LOGO_CHANGED")).isZero();
    }

    private int audit(String action) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.COMPANY_ID.eq(company).and(AUDIT_EVENT.ACTION.eq(action)));
    }
}
