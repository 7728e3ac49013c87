package org.extranet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProductTextsTest {

    private final ProductTexts texts = new ProductTexts();

    @Test
    void a_sentence_ending_with_a_name_that_has_its_own_period_ends_once() {
        assertThat(texts.getTranslation("registry.added", Locale.ENGLISH, "Magazyn Kraków", "Agro Sp. z o.o."))
                .isEqualTo("Magazyn Kraków added as a delivery address of Agro Sp. z o.o.");
        assertThat(texts.getTranslation("backoffice.company.saved", Locale.forLanguageTag("pl"), "Agro Sp. z o.o."))
                .isEqualTo("Zapisano dane firmy Agro Sp. z o.o.");
        assertThat(texts.getTranslation("inbox.accept.context", Locale.ENGLISH, "Agro Sp. z o.o.", "Ewa Lis"))
                .isEqualTo("Company: Agro Sp. z o.o. Requested by: Ewa Lis.");
    }

    @Test
    void other_sentences_keep_their_period() {
        assertThat(texts.getTranslation("registry.added", Locale.ENGLISH, "Magazyn Kraków", "Agro SA"))
                .isEqualTo("Magazyn Kraków added as a delivery address of Agro SA.");
        assertThat(texts.getTranslation("audit.scope.all", Locale.forLanguageTag("pl")))
                .isEqualTo("Zdarzenia wszystkich firm.");
    }
}
