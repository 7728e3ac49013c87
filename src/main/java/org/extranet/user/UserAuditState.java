package org.extranet.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.extranet.base.UserStatus;

/** A user as the audit log keeps them before and after a change. */
public final class UserAuditState {

    private UserAuditState() {
    }

    /** What the audit log keeps of a user: no names or phone numbers, which deletion must take away. */
    public static Map<String, Object> of(UserData data, UserStatus status) {
        var state = new LinkedHashMap<String, Object>();
        state.put("email", data.email());
        state.put("language", data.language().code());
        state.put("permissions", List.copyOf(data.permissions()));
        state.put("status", status.name());
        return state;
    }

    /** Which personal data changed, by name only: the values are not kept. */
    static List<String> changedPersonalData(UserData before, UserData after) {
        var changed = new ArrayList<String>();
        if (!before.firstName().equals(after.firstName())) {
            changed.add("firstName");
        }
        if (!before.lastName().equals(after.lastName())) {
            changed.add("lastName");
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            changed.add("phone");
        }
        return changed;
    }
}
