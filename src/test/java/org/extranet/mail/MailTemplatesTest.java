package org.extranet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.extranet.base.Language;
import org.extranet.password.PendingLink;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private static final String LINK = "https://extranet.example/set-password?token=" + PendingLink.TOKEN_PLACEHOLDER;
    // 14:30 UTC in November is 15:30 in Warsaw.
    private static final OffsetDateTime EXPIRES = OffsetDateTime.parse("2026-11-27T14:30:00Z");
    private static final PendingLink PENDING = new PendingLink(1, LINK, EXPIRES);

    private final MailTemplates templates = new MailTemplates();

    @Test
    void the_welcome_mail_speaks_polish_to_a_polish_user() {
        var mail = templates.render(new InvitationMail("anna@example.com", Language.PL, "Anna", "Hydro-Tech", PENDING));

        assertThat(mail.subject()).isEqualTo("Twoje konto w Extranecie dla firmy Hydro-Tech");
        assertThat(mail.text())
                .startsWith("Dzień dobry Anna,\n\n")
                .contains("Ustaw hasło:\n" + LINK + "\n")
                .contains("jest ważny do 27 listopada 2026, godz. 15:30 (czas polski)");
        assertThat(mail.html())
                .contains("<html lang=\"pl\">", ">Extranet</td>", ">Ustaw hasło</a>", "27 listopada 2026, godz. 15:30")
                .containsSubsequence("href=\"" + LINK + "\"", "href=\"" + LINK + "\"");
    }

    @Test
    void the_welcome_mail_speaks_english_to_an_english_user() {
        var mail = templates.render(new InvitationMail("emma@example.com", Language.EN, "Emma", "Hydro-Tech", PENDING));

        assertThat(mail.subject()).isEqualTo("Your Extranet account for Hydro-Tech");
        assertThat(mail.text())
                .startsWith("Hello Emma,\n\n")
                .contains("Set your password:\n" + LINK + "\n")
                .contains("valid until 27 November 2026, 3:30 PM (Warsaw time)");
        assertThat(mail.html()).contains("<html lang=\"en\">", ">Set your password</a>");
    }

    @Test
    void the_staff_welcome_mail_names_no_company_in_either_language() {
        var polish = templates.render(new StaffInvitationMail("marta@example.com", Language.PL, "Marta", PENDING));
        var english = templates.render(new StaffInvitationMail("marta@example.com", Language.EN, "Marta", PENDING));

        assertThat(polish.subject()).isEqualTo("Twoje konto obsługi klienta w Extranecie");
        assertThat(polish.text()).startsWith("Dzień dobry Marta,\n\n").contains("Ustaw hasło:\n" + LINK + "\n")
                .contains("jest ważny do 27 listopada 2026, godz. 15:30 (czas polski)").doesNotContain("firm");
        assertThat(english.subject()).isEqualTo("Your Extranet customer-service account");
        assertThat(english.text()).contains("Set your password:\n" + LINK + "\n").doesNotContain("company");
    }

    @Test
    void password_mails_exist_in_both_languages() {
        assertThat(templates.render(new PasswordResetMail("a@example.com", Language.EN, "Ann", PENDING)).subject())
                .isEqualTo("Set a new password for Extranet");
        assertThat(templates.render(new PasswordResetMail("a@example.com", Language.PL, "Ann", PENDING)).subject())
                .isEqualTo("Ustaw nowe hasło do Extranetu");
        var changed = templates.render(new PasswordChangedMail("a@example.com", Language.PL, "Ann"));
        assertThat(changed.subject()).isEqualTo("Hasło do Extranetu zostało zmienione");
        assertThat(changed.text()).doesNotContain("http");
        assertThat(changed.html()).doesNotContain("<a ");
    }

    @Test
    void the_new_browser_mail_tells_when_what_and_from_where_and_what_to_do() {
        var at = OffsetDateTime.parse("2026-03-02T09:15:00+01:00");
        var english = templates.render(new NewBrowserMail("a@example.com", Language.EN, "Ann", at, "Firefox", null, "192.0.2.1"));
        assertThat(english.subject()).isEqualTo("New sign-in to your Extranet account");
        assertThat(english.text()).contains("When: 2 March 2026, 9:15 AM (Warsaw time)", "Browser: Firefox", "System: –",
                "IP address: 192.0.2.1", "change your password at once", "contact your company's administrator");
        var polish = templates.render(new NewBrowserMail("a@example.com", Language.PL, "Anna", at, null, "Windows", null));
        assertThat(polish.subject()).isEqualTo("Nowe logowanie do Twojego konta w Extranecie");
        assertThat(polish.text()).contains("Przeglądarka: –", "System: Windows", "Adres IP: –");
    }

    @Test
    void hostile_names_are_escaped_in_html_and_left_as_they_are_in_text() {
        String name = "<script>alert(\"x\")</script> & 'Co' {companyName}";
        var mail = templates.render(new InvitationMail("x@example.com", Language.EN, name, "A&B <b>Ltd</b>", PENDING));

        assertThat(mail.html())
                .doesNotContain("<script>", "<b>Ltd")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39; {companyName}")
                .contains("A&amp;B &lt;b&gt;Ltd&lt;/b&gt;");
        assertThat(mail.text()).startsWith("Hello " + name + ",");
        assertThat(mail.subject()).isEqualTo("Your Extranet account for A&B <b>Ltd</b>");
    }

    @Test
    void only_web_links_go_into_a_mail() {
        assertThatThrownBy(() -> templates.render(
                new PasswordResetMail("a@example.com", Language.EN, "Ann",
                        new PendingLink(1, "javascript:alert(1)?token=" + PendingLink.TOKEN_PLACEHOLDER, EXPIRES))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
