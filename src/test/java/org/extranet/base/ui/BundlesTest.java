package org.extranet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every text the product shows or mails exists in both of its languages, and in no other form. */
class BundlesTest {

    @ParameterizedTest
    @CsvSource({"vaadin-i18n/translations.properties, vaadin-i18n/translations_pl.properties",
            "mail/messages.properties, mail/messages_pl.properties"})
    void english_and_polish_have_the_same_keys(String english, String polish) throws IOException {
        var englishTexts = load(english);
        var polishTexts = load(polish);
        assertThat(polishTexts.stringPropertyNames()).as("keys of " + polish)
                .containsExactlyInAnyOrderElementsOf(englishTexts.stringPropertyNames());
        assertThat(polishTexts.values()).as("texts of " + polish).noneMatch(text -> text.toString().isBlank());
        assertThat(englishTexts.values()).as("texts of " + english).noneMatch(text -> text.toString().isBlank());
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
