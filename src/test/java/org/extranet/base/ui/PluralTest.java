package org.extranet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PluralTest {

    private static final Locale POLISH = Locale.of("pl");

    @Test
    void polish_has_one_for_exactly_one_few_for_two_to_four_and_many_for_the_rest() {
        assertThat(Plural.of(1, POLISH)).isEqualTo(Plural.ONE);
        assertThat(LongStream.of(2, 3, 4, 22, 23, 24, 32, 102, 1004)).allMatch(n -> Plural.of(n, POLISH) == Plural.FEW);
        assertThat(LongStream.of(0, 5, 6, 9, 10, 11, 12, 13, 14, 15, 20, 21, 25, 100, 101, 111, 112, 1000))
                .allMatch(n -> Plural.of(n, POLISH) == Plural.MANY);
    }

    @Test
    void english_has_one_for_exactly_one_and_many_for_the_rest() {
        assertThat(Plural.of(1, Locale.ENGLISH)).isEqualTo(Plural.ONE);
        assertThat(LongStream.of(0, 2, 3, 4, 5, 12, 21, 22, 100)).allMatch(n -> Plural.of(n, Locale.ENGLISH) == Plural.MANY);
    }

    @Test
    void the_translated_counts_read_as_a_polish_and_an_english_speaker_writes_them() {
        assertThat(LongStream.of(1, 2, 5, 12, 22).mapToObj(n -> count("admin-panel.count", n, POLISH)))
                .containsExactly("1 użytkownik", "2 użytkownicy", "5 użytkowników", "12 użytkowników", "22 użytkownicy");
        assertThat(LongStream.of(1, 2, 5, 22).mapToObj(n -> count("audit.count", n, POLISH)))
                .containsExactly("1 zdarzenie", "2 zdarzenia", "5 zdarzeń", "22 zdarzenia");
        assertThat(LongStream.of(0, 1, 2, 1234).mapToObj(n -> count("admin-panel.count", n, Locale.ENGLISH)))
                .containsExactly("0 users", "1 user", "2 users", "1,234 users");
    }

    @Test
    void every_count_has_all_three_forms_in_both_languages() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_pl.properties"}) {
            var texts = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            var counts = texts.stringPropertyNames().stream().filter(key -> key.matches(".*\\.count\\.(one|few|many)"))
                    .map(key -> key.substring(0, key.lastIndexOf('.'))).distinct().toList();
            assertThat(counts).as("counts in " + file).hasSizeGreaterThanOrEqualTo(7);
            for (String count : counts) {
                for (Plural form : Plural.values()) {
                    assertThat(texts.getProperty(form.key(count))).as(form.key(count) + " in " + file).contains("{0}");
                }
            }
        }
    }

    @Test
    void each_form_has_its_own_key() {
        assertThat(Plural.FEW.key("admin-panel.count")).isEqualTo("admin-panel.count.few");
        assertThat(Plural.ONE.key("audit.count")).isEqualTo("audit.count.one");
        assertThat(Plural.MANY.key("audit.count")).isEqualTo("audit.count.many");
    }

    /** As the views show it: the form's translation, the number formatted for the language. */
    private static String count(String key, long n, Locale language) {
        return new MessageFormat(bundle(language).getString(Plural.of(n, language).key(key)), language)
                .format(new Object[] {n});
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
