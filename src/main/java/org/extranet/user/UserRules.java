package org.extranet.user;

import java.util.TreeSet;
import java.util.regex.Pattern;
import org.extranet.base.FieldRefusal;
import org.jspecify.annotations.Nullable;

/**
 * What a user's fields may hold: the form shows these limits at once, and the service, which
 * decides, refuses anything beyond them.
 */
public final class UserRules {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int NAME_MAX_LENGTH = 100;
    public static final int PHONE_MAX_LENGTH = 40;
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3," + PHONE_MAX_LENGTH + "}$");

    private UserRules() {
    }

    /**
     * The data stripped, the phone number dropped when blank, the permissions in order; refused at
     * the first field that breaks a rule. Whether the company may grant the permissions and whether
     * the address is taken is for the service to tell, which reads the database.
     */
    public static UserData checked(UserData data) {
        String email = data.email().strip();
        if (email.isEmpty()) {
            throw new FieldRefusal(UserField.EMAIL, "user.error.email-required");
        }
        if (!isEmail(email)) {
            throw new FieldRefusal(UserField.EMAIL, "user.error.email-invalid");
        }
        String firstName = required(data.firstName(), UserField.FIRST_NAME);
        String lastName = required(data.lastName(), UserField.LAST_NAME);
        String phone = data.phone() == null || data.phone().isBlank() ? null : data.phone().strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new FieldRefusal(UserField.PHONE, "user.error.phone-invalid");
        }
        return new UserData(email, firstName, lastName, phone, data.language(), new TreeSet<>(data.permissions()));
    }

    /** Whether a stripped address is one the product accepts as a user's e-mail. */
    public static boolean isEmail(String email) {
        return email.length() <= EMAIL_MAX_LENGTH && EMAIL.matcher(email).matches();
    }

    private static String required(@Nullable String value, UserField field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new FieldRefusal(field, "user.error.required");
        }
        if (stripped.length() > NAME_MAX_LENGTH) {
            throw new FieldRefusal(field, "user.error.too-long", NAME_MAX_LENGTH);
        }
        return stripped;
    }
}
