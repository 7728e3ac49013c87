package org.extranet.security;

import static org.extranet.db.Tables.APP_USER;
import static org.jooq.impl.DSL.noCondition;

import java.util.HashSet;
import java.util.Optional;
import org.extranet.base.UserStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the acting user for a service call, inside that call's transaction. */
@Service
public class Actors {

    /** Built once: a status compared through its converter makes a new data type each time, on every service call. */
    private static final Condition ACTIVE = APP_USER.STATUS.eq(UserStatus.ACTIVE);

    private final DSLContext db;

    Actors(DSLContext db) {
        this.db = db;
    }

    /**
     * The signed-in, active user whose session is still current and whose sign-in is complete (a
     * second factor given, where one is asked for); anything else is refused. A session whose
     * generation has moved on (the user was locked, or changed their password elsewhere) stays
     * refused even after an unlock, whichever way its request came in.
     */
    @Transactional(readOnly = true)
    public Actor current() {
        if (!SignInFactors.complete(CurrentUser.authentication()) && CurrentUser.signedInUser().isPresent()) {
            throw new AccessDeniedException("The sign-in is not complete: its second factor is still to be given");
        }
        return signedIn();
    }

    /**
     * The signed-in user as {@link #current()} checks them, except that the second factor may still
     * be outstanding: for the second-factor step's own actions only (giving a code, setting up the
     * factor the user must have), which is all such a session may do.
     */
    @Transactional(readOnly = true)
    public Actor signingIn() {
        return signedIn();
    }

    private Actor signedIn() {
        var user = CurrentUser.signedInUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        return load(user.id(), ACTIVE.and(APP_USER.SESSION_GENERATION.eq(user.sessionGeneration())))
                .orElseThrow(() -> new AccessDeniedException("The signed-in account is not active or its session ended"));
    }

    /**
     * A user acting without being signed in, whose identity the caller has already proven in
     * another way (a one-time link from their e-mail, say). Their status is not checked: an
     * invited user activating their account is not active yet.
     */
    @Transactional(readOnly = true)
    public Actor byId(long userId) {
        return load(userId, noCondition())
                .orElseThrow(() -> new AccessDeniedException("No such account"));
    }

    /** The account with this id, whatever its status, if it still exists. */
    @Transactional(readOnly = true)
    public Optional<Actor> find(long id) {
        return load(id, noCondition());
    }

    /** The account with this e-mail address in any letter case, whatever its status, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Actor> withEmail(String email) {
        return db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.EMAIL.lower().eq(email.strip().toLowerCase()))
                .fetchOptional(APP_USER.ID)
                .flatMap(this::find);
    }

    private Optional<Actor> load(long id, Condition condition) {
        return db.select(APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.EMAIL, APP_USER.KIND, APP_USER.COMPANY_ID,
                        HeldPermissions.OF_APP_USER)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id).and(condition))
                .fetchOptional(Records.mapping((firstName, lastName, email, kind, companyId, permissions) ->
                        new Actor(id, firstName + " " + lastName + " <" + email + ">",
                                SignedInUser.STAFF_ROLE.equals(kind), companyId, new HashSet<>(permissions))));
    }
}
