package org.extranet.password;

import java.util.Locale;

/** The hint shown while a password is typed; translated under {@code password.strength.<name>}. */
public enum PasswordStrength {
    WEAK, FAIR, STRONG, VERY_STRONG;

    public String messageKey() {
        return "password.strength." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** From zxcvbn's score: 0 means guessed within a thousand tries, 4 beyond ten billion. */
    static PasswordStrength ofScore(int score) {
        return switch (score) {
            case 0, 1 -> WEAK;
            case 2 -> FAIR;
            case 3 -> STRONG;
            default -> VERY_STRONG;
        };
    }
}
