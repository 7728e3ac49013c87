package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.extranet.base.Language;
import org.junit.jupiter.api.Test;

class AddressRequestDecisionMailTest {

    private static final OffsetDateTime REQUESTED = OffsetDateTime.of(2026, 12, 3, 9, 15, 0, 0, ZoneOffset.UTC);

    private final MailTemplates templates = new MailTemplates();

    @Test
    void an_acceptance_in_polish_shows_the_address_as_registered() {
        var mail = templates.render(new AddressRequestDecisionMail("anna@example.com", Language.PL, "Anna", true,
                REQUESTED, "Magazyn Berlin", "Hafenstraße 3", "10115", "Berlin", "DE", null));

        assertThat(mail.subject()).isEqualTo("Zarejestrowano adres dostawy: Magazyn Berlin");
        assertThat(mail.text()).startsWith("Dzień dobry Anna,\n\n")
                .contains("Twoją prośbę z 3 grudnia 2026, godz. 10:15 (czas polski)",
                        "Magazyn Berlin\nHafenstraße 3\n10115 Berlin\nNiemcy")
                .doesNotContain("Powód");
    }

    @Test
    void a_rejection_in_english_gives_the_reason_escaped_in_html() {
        var mail = templates.render(new AddressRequestDecisionMail("emma@example.com", Language.EN, "Emma", false,
                REQUESTED, "Lager <b>", "Hafenstraße 3", "10115", "Berlin", "DE", "We do not deliver to <Berlin> & around."));

        assertThat(mail.subject()).isEqualTo("Delivery address request rejected: Lager <b>");
        assertThat(mail.text()).startsWith("Hello Emma,\n\n")
                .contains("Reason: We do not deliver to <Berlin> & around.", "10115 Berlin\nGermany");
        assertThat(mail.html()).contains("Reason: We do not deliver to &lt;Berlin&gt; &amp; around.", "Lager &lt;b&gt;")
                .doesNotContain("<Berlin>", "Lager <b>");
    }
}
