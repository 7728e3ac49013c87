package org.extranet.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.extranet.base.FieldRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private static final String EMAIL = "Anna.Nowak@hydrotech.example";
    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                             | password.required
            eleven char                    | password.too-short
            anna.nowak@hydrotech.example   | password.equals-email
            ANNA.NOWAK@HYDROTECH.EXAMPLE   | password.equals-email
            my name is Anna.Nowak, hello   | password.contains-email
            1qaz2wsx3edc                   | password.common
            QWERTY123456                   | password.common
            passwordpassword               | password.guessable
            aaaaaaaaaaaaaaaa               | password.guessable
            123456789012345                | password.guessable
            """)
    void refuses_a_password_that_breaks_a_rule_at_the_new_password_field(String password, String messageKey) {
        assertThatThrownBy(() -> policy.check(password, password, EMAIL))
                .isInstanceOfSatisfying(FieldRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(PasswordFormField.NEW_PASSWORD);
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void tells_the_limits_in_the_message() {
        assertThat(policy.problem("short", EMAIL)).get()
                .satisfies(refused -> assertThat(refused.arguments()).containsExactly(12));
        assertThat(policy.problem("x1y2".repeat(33), EMAIL)).get()
                .satisfies(refused -> {
                    assertThat(refused.messageKey()).isEqualTo("password.too-long");
                    assertThat(refused.arguments()).containsExactly(128);
                });
    }

    @Test
    void accepts_up_to_128_characters_of_any_kind() {
        String longest = "Kwiatki na wiosnę, żółte i niebieskie! ".repeat(4).substring(0, 128);
        assertThat(longest).hasSize(128);

        assertThatCode(() -> policy.check(longest, longest, EMAIL)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(longest + "x", longest + "x", EMAIL))
                .isInstanceOf(FieldRefusal.class);
        assertThatCode(() -> policy.check("correct horse battery staple", "correct horse battery staple", EMAIL))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check("Zażółć gęślą jaźń 🐟", "Zażółć gęślą jaźń 🐟", EMAIL))
                .doesNotThrowAnyException();
    }

    @Test
    void counts_characters_not_code_units() {
        // Eleven fish are 22 UTF-16 units but eleven characters: too short.
        assertThat(policy.problem("🐟".repeat(11), EMAIL)).get()
                .extracting(FieldRefusal::messageKey).isEqualTo("password.too-short");
    }

    @Test
    void a_short_name_part_of_the_email_may_occur_in_a_password() {
        assertThat(policy.problem("jan likes green tractors", "jan@balticinstal.example")).isEmpty();
        assertThat(policy.problem("anna likes green tractors", "anna@balticinstal.example")).get()
                .extracting(FieldRefusal::messageKey).isEqualTo("password.contains-email");
    }

    @Test
    void refuses_a_repetition_that_differs_at_the_repeat_field() {
        assertThatThrownBy(() -> policy.check("correct horse battery staple", "correct horse battery stapel", EMAIL))
                .isInstanceOfSatisfying(FieldRefusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo(PasswordFormField.REPEAT);
                    assertThat(refused.messageKey()).isEqualTo("password.mismatch");
                });
    }

    @Test
    void hints_at_the_strength_from_weak_to_very_strong() {
        assertThat(policy.strength("short", EMAIL)).isEqualTo(PasswordStrength.WEAK);
        assertThat(policy.strength("passwordpassword", EMAIL)).isEqualTo(PasswordStrength.WEAK);
        assertThat(policy.strength("zaq12wsxcde3", EMAIL)).isEqualTo(PasswordStrength.FAIR);
        assertThat(policy.strength("bluehouse1987", EMAIL)).isEqualTo(PasswordStrength.STRONG);
        assertThat(policy.strength("correct horse battery staple", EMAIL)).isEqualTo(PasswordStrength.VERY_STRONG);
        assertThat(PasswordStrength.VERY_STRONG.messageKey()).isEqualTo("password.strength.very-strong");
    }
}
