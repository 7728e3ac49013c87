package org.extranet.security;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.USER_SESSION;
import static org.jooq.impl.DSL.falseCondition;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.extranet.base.UserStatus;
import org.extranet.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.jooq.Records;
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
        return db.select(APP_USER, HeldPermissions.OF_APP_USER,
                        SecondFactorRule.asked(APP_USER.ID, APP_USER.KIND, APP_USER.COMPANY_ID))
                .from(APP_USER)
                .where(APP_USER.EMAIL.lower().eq(email.strip().toLowerCase()))
                .fetchOptional(Records.mapping(this::signedIn))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
    }

    private SignedInUser signedIn(AppUserRecord user, List<String> permissions, boolean secondFactorAsked) {
        // An account that has no password yet still costs a full hash comparison, so that timing
        // does not tell it apart from an activated one.
        String hash = user.getPasswordHash() != null ? user.getPasswordHash() : unusablePasswordHash;
        return new SignedInUser(user.getId(), user.getEmail(), hash, user.getStatus() == UserStatus.LOCKED,
                user.getPasswordHash() != null, user.getSessionGeneration(), clock.instant(), secondFactorAsked,
                roles(user.getKind(), permissions));
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
        Standing now = db.select(APP_USER.KIND, APP_USER.STATUS, APP_USER.SESSION_GENERATION,
                        HeldPermissions.OF_APP_USER, USER_SESSION.ID, USER_SESSION.ENDED_AT,
                        USER_SESSION.LAST_ACTIVE_AT, USER_SESSION.SESSION_GENERATION)
                .from(APP_USER)
                .leftJoin(USER_SESSION).on(recordId == null ? falseCondition()
                        : USER_SESSION.ID.eq(recordId).and(USER_SESSION.USER_ID.eq(APP_USER.ID)))
                .where(APP_USER.ID.eq(principal.id()))
                .fetchOne(Records.mapping(Standing::new));
        if (now == null || now.status() == UserStatus.LOCKED || now.sessionGeneration() != principal.sessionGeneration()
                || recordId != null && (now.recordId() == null || now.recordEndedAt() != null)) {
            return null;
        }
        var fresh = principal.withRoles(roles(now.kind(), now.permissions()));
        OffsetDateTime noted = now.recordActiveAt();
        boolean activityDue = noted != null
                && (!OffsetDateTime.now(clock).isBefore(noted.plus(SessionSettings.ACTIVITY_NOTED_EVERY))
                || !Objects.equals(now.recordGeneration(), principal.sessionGeneration()));
        return new SessionCheck(fresh.getAuthorities().equals(principal.getAuthorities()) ? principal : fresh, activityDue);
    }

    /**
     * What the session check learns: the principal as it must be now, and whether the session's
     * record is due to note activity (a minute has passed, or the session moved on to a new generation).
     */
    record SessionCheck(SignedInUser user, boolean activityDue) {
    }

    /** What the account and this session's record are now, as far as the open session is concerned. */
    private record Standing(String kind, UserStatus status, int sessionGeneration, List<String> permissions,
                            @Nullable Long recordId, @Nullable OffsetDateTime recordEndedAt,
                            @Nullable OffsetDateTime recordActiveAt, @Nullable Integer recordGeneration) {
    }

    private static List<String> roles(String kind, List<String> permissions) {
        var roles = new ArrayList<String>(permissions);
        if (SignedInUser.STAFF_ROLE.equals(kind)) {
            roles.add(SignedInUser.STAFF_ROLE);
        }
        return roles;
    }
}
