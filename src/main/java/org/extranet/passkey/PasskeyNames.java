package org.extranet.passkey;

import java.util.Optional;
import org.extranet.base.FieldRefusal;
import org.jspecify.annotations.Nullable;

/**
 * What a passkey's name may be: the user's own words to tell their passkeys apart ("Work laptop"),
 * required and at most {@link #MAX_LENGTH} characters. The windows show a problem at once; the
 * services, which decide, refuse the same.
 */
public final class PasskeyNames {

    public static final int MAX_LENGTH = 100;

    private PasskeyNames() {
    }

    /** The problem with a name as typed, if it has one. */
    public static Optional<FieldRefusal> problem(@Nullable String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            return Optional.of(new FieldRefusal(PasskeyField.NAME, "passkeys.error.name-required"));
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(new FieldRefusal(PasskeyField.NAME, "passkeys.error.name-too-long", MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** The name stripped, or the refusal. */
    static String checked(@Nullable String typed) {
        problem(typed).ifPresent(refusal -> {
            throw refusal;
        });
        return typed == null ? "" : typed.strip();
    }
}
