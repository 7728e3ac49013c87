package org.extranet;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.PASSKEY;
import static org.extranet.db.Tables.USER_PERMISSION;
import static org.extranet.db.Tables.USER_SESSION;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.extranet.base.UserStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test data straight into the database: each call makes new rows with unique names, so tests
 * that share the database never see each other's data.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    public static final List<String> ALL_PERMISSIONS =
            List.of("MANAGE_USERS", "PLACE_ORDERS", "VIEW_ORDERS", "VIEW_INVOICES", "VIEW_PRICES", "PREPARE_QUOTES");

    private final DSLContext db;
    private final String passwordHash;
    private final Clock clock;

    Fixtures(DSLContext db, PasswordEncoder passwordEncoder, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.passwordHash = passwordEncoder.encode(PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long company(List<String> entitlements) {
        long id = db.insertInto(COMPANY)
                .set(COMPANY.NAME, unique("Company"))
                .set(COMPANY.CUSTOMER_NUMBER, unique("C"))
                .set(COMPANY.TAX_ID, "PL0000000000")
                .set(COMPANY.STREET, "ul. Testowa 1")
                .set(COMPANY.POSTAL_CODE, "00-001")
                .set(COMPANY.CITY, "Warszawa")
                .returning(COMPANY.ID)
                .fetchSingle(COMPANY.ID);
        entitlements.forEach(code -> db.insertInto(COMPANY_PERMISSION)
                .set(COMPANY_PERMISSION.COMPANY_ID, id)
                .set(COMPANY_PERMISSION.PERMISSION_CODE, code)
                .execute());
        return id;
    }

    public long company() {
        return company(ALL_PERMISSIONS);
    }

    public String companyName(long companyId) {
        return db.select(COMPANY.NAME).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchSingle(COMPANY.NAME);
    }

    /** An active user who can sign in with {@link #PASSWORD}; returns the e-mail. */
    public String user(long companyId, String... permissions) {
        return userWithStatus(companyId, UserStatus.ACTIVE, permissions);
    }

    public String userWithStatus(long companyId, UserStatus status, String... permissions) {
        String email = unique("user") + "@example.com";
        long id = db.insertInto(APP_USER)
                .set(APP_USER.KIND, "DISTRIBUTOR_USER")
                .set(APP_USER.COMPANY_ID, companyId)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.FIRST_NAME, "Test")
                .set(APP_USER.LAST_NAME, unique("User"))
                .set(APP_USER.LANGUAGE, "en")
                .set(APP_USER.STATUS, status)
                .set(APP_USER.PASSWORD_HASH, status == UserStatus.INVITED ? null : passwordHash)
                .set(APP_USER.LOCKED_AT, status == UserStatus.LOCKED ? OffsetDateTime.now(clock) : null)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        for (String code : permissions) {
            db.insertInto(USER_PERMISSION)
                    .set(USER_PERMISSION.USER_ID, id)
                    .set(USER_PERMISSION.COMPANY_ID, companyId)
                    .set(USER_PERMISSION.PERMISSION_CODE, code)
                    .execute();
        }
        return email;
    }

    public String staff() {
        String email = unique("staff") + "@manufacturer.example";
        db.insertInto(APP_USER)
                .set(APP_USER.KIND, "SERVICE_STAFF")
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.FIRST_NAME, "Staff")
                .set(APP_USER.LAST_NAME, unique("Member"))
                .set(APP_USER.LANGUAGE, "en")
                .set(APP_USER.STATUS, UserStatus.ACTIVE)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .execute();
        return email;
    }

    /**
     * The record of a session of the user's, as signing in from that browser and system writes it,
     * signed in {@code signedInAgo} and last active {@code activeAgo} ago; returns its id.
     */
    public long session(String email, @Nullable String browser, @Nullable String system, String clientAddress,
                        Duration signedInAgo, Duration activeAgo) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return db.insertInto(USER_SESSION)
                .set(USER_SESSION.USER_ID, userId(email))
                .set(USER_SESSION.BROWSER, browser)
                .set(USER_SESSION.SYSTEM, system)
                .set(USER_SESSION.CLIENT_ADDRESS, clientAddress)
                .set(USER_SESSION.SESSION_GENERATION, db.select(APP_USER.SESSION_GENERATION).from(APP_USER)
                        .where(APP_USER.EMAIL.eq(email)).fetchSingle(APP_USER.SESSION_GENERATION))
                .set(USER_SESSION.SIGNED_IN_AT, now.minus(signedInAgo))
                .set(USER_SESSION.LAST_ACTIVE_AT, now.minus(activeAgo))
                .returning(USER_SESSION.ID)
                .fetchSingle(USER_SESSION.ID);
    }

    /** A session of the user's signed in and active just now. */
    public long session(String email, @Nullable String browser, @Nullable String system, String clientAddress) {
        return session(email, browser, system, clientAddress, Duration.ZERO, Duration.ZERO);
    }

    public long userId(String email) {
        return db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.lower().eq(email.toLowerCase()))
                .fetchSingle(APP_USER.ID);
    }

    /**
     * A passkey of the user's named {@code name}, as registering one in a browser stores it (the
     * account's random user handle made with the first one); returns its id. Its key is made up: it
     * lists, renames and removes, but signs nobody in.
     */
    public long passkey(String email, String name) {
        long userId = userId(email);
        db.update(APP_USER).set(APP_USER.PASSKEY_USER_HANDLE, unique("handle"))
                .where(APP_USER.ID.eq(userId).and(APP_USER.PASSKEY_USER_HANDLE.isNull())).execute();
        return db.insertInto(PASSKEY)
                .set(PASSKEY.USER_ID, userId)
                .set(PASSKEY.CREDENTIAL_ID, unique("credential"))
                .set(PASSKEY.LABEL, name)
                .set(PASSKEY.PUBLIC_KEY, new byte[] {1, 2, 3})
                .set(PASSKEY.SIGNATURE_COUNT, 0L)
                .set(PASSKEY.UV_INITIALIZED, true)
                .set(PASSKEY.BACKUP_ELIGIBLE, false)
                .set(PASSKEY.BACKUP_STATE, false)
                .set(PASSKEY.TRANSPORTS, "internal")
                .set(PASSKEY.CREDENTIAL_TYPE, "public-key")
                .set(PASSKEY.CREATED_AT, OffsetDateTime.now(clock))
                .returning(PASSKEY.ID)
                .fetchSingle(PASSKEY.ID);
    }
}
