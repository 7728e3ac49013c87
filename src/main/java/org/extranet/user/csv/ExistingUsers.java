package org.extranet.user.csv;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.jooq.impl.DSL.any;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.extranet.base.Language;
import org.extranet.security.HeldPermissions;
import org.extranet.user.UserData;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The accounts an import's addresses already belong to, read in one query however many rows the
 * file has. Only the import services call it, after their checks, for the company they checked.
 */
@Component
class ExistingUsers {

    /** An account with the address: in the company being imported into (with its data), or elsewhere (without). */
    record Existing(long id, int version, boolean inCompany, @Nullable UserData data) {
    }

    private final DSLContext db;

    ExistingUsers(DSLContext db) {
        this.db = db;
    }

    /** By address in lower case. */
    Map<String, Existing> byEmail(long companyId, Collection<String> emails) {
        String[] keys = emails.stream().map(ImportFile::key).filter(key -> !key.isEmpty()).distinct().toArray(String[]::new);
        var found = new HashMap<String, Existing>();
        if (keys.length == 0) {
            return found;
        }
        db.select(APP_USER.ID, APP_USER.VERSION, APP_USER.COMPANY_ID, APP_USER.EMAIL, APP_USER.FIRST_NAME,
                        APP_USER.LAST_NAME, APP_USER.PHONE, APP_USER.LANGUAGE, HeldPermissions.OF_APP_USER)
                .from(APP_USER)
                .where(APP_USER.EMAIL.lower().eq(any(keys)))
                .forEach(user -> {
                    boolean inCompany = user.value3() != null && user.value3() == companyId;
                    UserData data = inCompany ? new UserData(user.value4(), user.value5(), user.value6(), user.value7(),
                            Language.of(user.value8()), new TreeSet<>(user.value9())) : null;
                    found.put(ImportFile.key(user.value4()), new Existing(user.value1(), user.value2(), inCompany, data));
                });
        return found;
    }

    /** The permissions the company may hand out. */
    List<String> entitled(long companyId) {
        return db.select(COMPANY_PERMISSION.PERMISSION_CODE).from(COMPANY_PERMISSION)
                .where(COMPANY_PERMISSION.COMPANY_ID.eq(companyId)).fetch(COMPANY_PERMISSION.PERMISSION_CODE);
    }
}
