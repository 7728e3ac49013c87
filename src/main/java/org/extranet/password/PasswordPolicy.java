package org.extranet.password;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.extranet.base.FieldRefusal;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, any characters at all (spaces
 * and any Unicode; no composition rules), not the user's e-mail address or its name part, not one
 * of the most common passwords, and not something guessed in under a million tries (common words,
 * names, dates, repeats, keyboard walks). The common passwords and the guessing estimate come from
 * zxcvbn4j (com.nulab-inc:zxcvbn, MIT licence): its frequency list of 30,000 passwords and its
 * score from 0 to 4.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Shorter name parts of an e-mail address ("jan@...") occur in good passwords by chance. */
    static final int MIN_LOCAL_PART = 4;
    /** zxcvbn's score 1 and below: fewer than a million guesses, feasible even against a slow hash. */
    private static final int MIN_SCORE = 2;

    /** Loaded on the first password checked, not at start-up: reading zxcvbn's dictionaries takes a second. */
    private static final class Dictionaries {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
        static final Set<String> COMMON = common();

        private static Set<String> common() {
            try {
                return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
            } catch (IOException e) {
                throw new UncheckedIOException("zxcvbn's list of common passwords is missing", e);
            }
        }
    }

    /** Refuses, at the field to blame, the first rule the new password or its repetition breaks. */
    public void check(String password, String repeat, String email) {
        var problem = problem(password, email);
        if (problem.isPresent()) {
            throw problem.get();
        }
        if (!password.equals(repeat)) {
            throw new FieldRefusal(PasswordFormField.REPEAT, "password.mismatch");
        }
    }

    /** Why the policy refuses the password, if it does. */
    public Optional<FieldRefusal> problem(String password, String email) {
        return brokenRule(password, email).or(() -> score(password, email) < MIN_SCORE
                ? refused("password.guessable")
                : Optional.empty());
    }

    /** The hint for the UI while the password is typed; anything the policy refuses is weak. */
    public PasswordStrength strength(String password, String email) {
        if (brokenRule(password, email).isPresent()) {
            return PasswordStrength.WEAK;
        }
        int score = score(password, email);
        return score < MIN_SCORE ? PasswordStrength.WEAK : PasswordStrength.ofScore(score);
    }

    /** The rules short of zxcvbn's estimate, cheapest first. */
    private Optional<FieldRefusal> brokenRule(String password, String email) {
        int length = password.codePointCount(0, password.length());
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = localPart(email);
        if (password.isEmpty()) {
            return refused("password.required");
        } else if (length < MIN_LENGTH) {
            return refused("password.too-short", MIN_LENGTH);
        } else if (length > MAX_LENGTH) {
            return refused("password.too-long", MAX_LENGTH);
        } else if (lower.equals(email.toLowerCase(Locale.ROOT).strip())) {
            return refused("password.equals-email");
        } else if (localPart.length() >= MIN_LOCAL_PART && lower.contains(localPart)) {
            return refused("password.contains-email");
        } else if (Dictionaries.COMMON.contains(lower)) {
            return refused("password.common");
        }
        return Optional.empty();
    }

    private int score(String password, String email) {
        return Dictionaries.ZXCVBN.measure(password, hints(email)).getScore();
    }

    private static Optional<FieldRefusal> refused(String messageKey, Object... arguments) {
        return Optional.of(new FieldRefusal(PasswordFormField.NEW_PASSWORD, messageKey, arguments));
    }

    private static String localPart(String email) {
        int at = email.lastIndexOf('@');
        return (at < 0 ? email : email.substring(0, at)).strip().toLowerCase(Locale.ROOT);
    }

    /** Words from the user's own context, which zxcvbn then counts as easy to guess. */
    private static List<String> hints(String email) {
        return List.of(email.toLowerCase(Locale.ROOT), localPart(email));
    }
}
