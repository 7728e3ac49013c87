package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.extranet.base.Language;
import org.junit.jupiter.api.Test;

class AddressRequestMailTest {

    private final MailTemplates templates = new MailTemplates();

    private static AddressRequestMail request(Language language, String placeName, String note) {
        return new AddressRequestMail("dystrybutorzy@manufacturer.example", language, 42, "Hydro-Tech", "D-10001",
                "Anna Nowak", "anna.nowak@hydrotech.example", placeName, "Hafenstraße 3", "10115", "Berlin", "DE", note);
    }

    @Test
    void the_department_reads_the_request_in_polish_greeted_as_a_department() {
        var mail = templates.render(request(Language.PL, "Magazyn Berlin", "Rampa 2"));

        assertThat(mail.subject()).isEqualTo("Prośba o adres dostawy od firmy Hydro-Tech (D-10001)");
        assertThat(mail.text()).startsWith("Dzień dobry,\n\n")
                .contains("Anna Nowak (anna.nowak@hydrotech.example) z firmy Hydro-Tech, numer klienta D-10001",
                        "Magazyn Berlin\nHafenstraße 3\n10115 Berlin\nNiemcy (DE)", "Uwagi: Rampa 2", "Numer prośby: 42");
        assertThat(mail.html()).contains("<html lang=\"pl\">", "Dzień dobry,", "Magazyn Berlin<br>Hafenstraße 3")
                .doesNotContain("<a ");
    }

    @Test
    void in_english_with_no_note_and_hostile_text_escaped() {
        var mail = templates.render(request(Language.EN, "<script>x</script> & Co", null));

        assertThat(mail.subject()).isEqualTo("Delivery address request from Hydro-Tech (D-10001)");
        assertThat(mail.text()).startsWith("Hello,\n\n").contains("Germany (DE)", "Note: –",
                "<script>x</script> & Co\nHafenstraße 3");
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;x&lt;/script&gt; &amp; Co");
    }
}
