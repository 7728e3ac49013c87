package org.extranet.security;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_PERMISSION;
import static org.extranet.db.Tables.USER_SESSION;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as Spring Security sees them: looked up by e-mail in any letter case. */
@Service
class SignInAccounts implements UserDetailsService {

    private final DSLContext db;
    private final String unusablePasswordHash;
    private final Clock clock;

    SignInAccounts(DSLContext db, UnusablePassword unusablePassword, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.unusablePasswordHash = unusablePassword.hash();
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String email) {
        var row = db.select(APP_USER, permissions())
                .from(APP_USER)
                .where(APP_USER.EMAIL.lower().eq(email.strip().toLowerCase()))
                .fetchOne();
        if (row == null) {
            throw new UsernameNotFoundException("No account for that e-mail");
        }
        AppUserRecord user = row.value1();
        // An account that has no password yet still costs a full hash comparison, so that timing
        // does not tell it apart from an activated one.
        String hash = user.getPasswordHash() != null ? user.getPasswordHash() : unusablePasswordHash;
        return new SignedInUser(user.getId(), user.getEmail(), hash, user.getStatus() == UserStatus.LOCKED,
                user.getPasswordHash() != null, user.getSessionGeneration(), clock.instant(),
                roles(user.getKind(), row.value2()));
    }

    @EventListener
    @Transactional
    void recordSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            db.update(APP_USER).set(APP_USER.LAST_SIGN_IN_AT, OffsetDateTime.now(clock))
                    .where(APP_USER.ID.eq(user.id())).execute();
        }
    }

    /**
     * The principal as it must be now, and whether its session record is due to note activity; or
     * null when the session must end: the user is gone or locked, their session generation moved
     * on, or the session's record was ended (signed out from another session) or is gone. One
     * indexed look-up, on every request.
     */
    @Transactional(readOnly = true)
    @Nullable SessionCheck refresh(SignedInUser principal, @Nullable Long recordId) {
        var row = db.select(APP_USER.KIND, APP_USER.STATUS, APP_USER.SESSION_GENERATION, permissions(),
                        USER_SESSION.ID, USER_SESSION.ENDED_AT, USER_SESSION.LAST_ACTIVE_AT, USER_SESSION.SESSION_GENERATION)
                .from(APP_USER)
                .leftJoin(USER_SESSION).on(recordId == null ? falseCondition()
                        : USER_SESSION.ID.eq(recordId).and(USER_SESSION.USER_ID.eq(APP_USER.ID)))
                .where(APP_USER.ID.eq(principal.id()))
                .fetchOne();
        if (row == null || row.value2() == UserStatus.LOCKED || row.value3() != principal.sessionGeneration()
                || recordId != null && (row.value5() == null || row.value6() != null)) {
            return null;
        }
        var fresh = principal.withRoles(roles(row.value1(), row.value4()));
        OffsetDateTime noted = row.value7();
        boolean activityDue = noted != null && (!OffsetDateTime.now(clock).isBefore(noted.plus(SessionSettings.ACTIVITY_NOTED_EVERY))
                || !Objects.equals(row.value8(), principal.sessionGeneration()));
        return new SessionCheck(fresh.getAuthorities().equals(principal.getAuthorities()) ? principal : fresh, activityDue);
    }

    /**
     * What the session check learns: the principal as it must be now, and whether the session's
     * record is due to note activity (a minute has passed, or the session moved on to a new generation).
     */
    record SessionCheck(SignedInUser user, boolean activityDue) {
    }

    private static Field<List<String>> permissions() {
        return multiset(select(USER_PERMISSION.PERMISSION_CODE).from(USER_PERMISSION)
                .where(USER_PERMISSION.USER_ID.eq(APP_USER.ID))
                .orderBy(USER_PERMISSION.PERMISSION_CODE))
                .convertFrom(result -> result.map(Record1::value1));
    }

    private static List<String> roles(String kind, List<String> permissions) {
        var roles = new ArrayList<String>(permissions);
        if (SignedInUser.STAFF_ROLE.equals(kind)) {
            roles.add(SignedInUser.STAFF_ROLE);
        }
        return roles;
    }
}
