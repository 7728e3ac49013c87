package org.extranet.user;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.EXTERNAL_PERMISSION;
import static org.extranet.db.Tables.USER_PERMISSION;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.extranet.account.TokenPurpose;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.Language;
import org.extranet.base.UserStatus;
import org.extranet.company.CompanySummary;
import org.extranet.db.tables.records.AppUserRecord;
import org.extranet.mail.LinkMails;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.SignInThrottle;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.SortField;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin panel's actions on a company's users (the seed's sections a and b). Every method
 * checks the acting user against the database: an administrator acts within their own company,
 * staff within any; anything else is refused and audited. Each change is audited in its own
 * transaction together with the change.
 */
@Service
public class UserAdministration {

    static final int MAX_PAGE_SIZE = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,40}$");

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final LinkMails linkMails;
    private final AddressChange addressChange;
    private final SignInObstacles obstacles;
    private final SignInThrottle throttle;
    private final Clock clock;

    UserAdministration(DSLContext db, Actors actors, AuditLog audit, LinkMails linkMails, AddressChange addressChange,
                       SignInObstacles obstacles, SignInThrottle throttle, Clock clock) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.linkMails = linkMails;
        this.addressChange = addressChange;
        this.obstacles = obstacles;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * The company a distributor administrator manages: their own. Staff have none (they choose one
     * in the company directory) and users without the permission may not manage any.
     */
    @Transactional(readOnly = true)
    public CompanySummary myCompany() {
        Actor actor = actors.current();
        if (actor.staff() || actor.companyId() == null || !actor.administers(actor.companyId())) {
            audit.refused(actor, "myCompany", actor.companyId(), Subject.NONE);
            throw new AccessDeniedException("Not an administrator of a company");
        }
        return db.select(COMPANY.ID, COMPANY.NAME, COMPANY.CUSTOMER_NUMBER, COMPANY.TAX_ID, COMPANY.CITY)
                .from(COMPANY)
                .where(COMPANY.ID.eq(actor.companyId()))
                .fetchSingle(Records.mapping(CompanySummary::new));
    }

    @Transactional(readOnly = true)
    public List<UserRow> listUsers(UserListQuery query) {
        requireMayManage(actors.current(), query.companyId(), "listUsers");
        return db.select(APP_USER.ID, APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.EMAIL,
                        permissionsOf(APP_USER.ID),
                        APP_USER.STATUS,
                        APP_USER.LAST_SIGN_IN_AT)
                .from(APP_USER)
                .where(matching(query))
                .orderBy(sortFields(query.sort()))
                .offset(Math.max(0, query.offset()))
                .limit(Math.clamp(query.limit(), 1, MAX_PAGE_SIZE))
                .fetch(Records.mapping(UserRow::new));
    }

    @Transactional(readOnly = true)
    public int countUsers(UserListQuery query) {
        requireMayManage(actors.current(), query.companyId(), "countUsers");
        return db.fetchCount(APP_USER, matching(query));
    }

    /** The external permissions this company's administrators may hand out, in catalogue order. */
    @Transactional(readOnly = true)
    public List<String> grantablePermissions(long companyId) {
        requireMayManage(actors.current(), companyId, "grantablePermissions");
        return entitlements(companyId);
    }

    @Transactional(readOnly = true)
    public EditableUser userForEdit(long userId) {
        AppUserRecord user = target(actors.current(), userId, "userForEdit", false);
        return new EditableUser(user.getId(), user.getCompanyId(), user.getVersion(),
                user.getStatus(), data(user, permissionCodes(user.getId())));
    }

    /**
     * "Create new user" and "Create new user and notify": the user starts as invited; with
     * {@code notify} the welcome mail with a set-password link is queued in the same transaction.
     */
    @Transactional
    public long createUser(long companyId, UserData data, boolean notify) {
        Actor actor = actors.current();
        requireMayManage(actor, companyId, "createUser");
        UserData clean = validated(actor, companyId, data, null);
        long id;
        try {
            id = db.insertInto(APP_USER)
                    .set(APP_USER.KIND, "DISTRIBUTOR_USER")
                    .set(APP_USER.COMPANY_ID, companyId)
                    .set(APP_USER.EMAIL, clean.email())
                    .set(APP_USER.FIRST_NAME, clean.firstName())
                    .set(APP_USER.LAST_NAME, clean.lastName())
                    .set(APP_USER.PHONE, clean.phone())
                    .set(APP_USER.LANGUAGE, clean.language().code())
                    .set(APP_USER.STATUS, UserStatus.INVITED)
                    .returning(APP_USER.ID)
                    .fetchSingle(APP_USER.ID);
        } catch (DuplicateKeyException e) {
            throw new InvalidUserException(UserField.EMAIL, "user.error.email-taken");
        }
        grant(id, companyId, clean.permissions());
        audit.record(actor, AuditAction.USER_CREATED, companyId, Subject.user(id, clean.email()),
                null, state(clean, UserStatus.INVITED));
        if (notify) {
            invite(actor, id);
        }
        return id;
    }

    /**
     * Saves the edit form. A new e-mail address voids the user's unused links and tells the old
     * address; an invited user whose invitation was still out is invited again at the new one.
     */
    @Transactional
    public void updateUser(long userId, int version, UserData data) {
        Actor actor = actors.current();
        AppUserRecord user = target(actor, userId, "updateUser", true);
        if (user.getVersion() != version) {
            throw new UserRuleException("user.error.changed-meanwhile");
        }
        UserData before = data(user, permissionCodes(userId));
        UserData after = validated(actor, user.getCompanyId(), data, userId);
        if (before.equals(after)) {
            return;
        }
        if (before.permissions().contains(Actor.MANAGE_USERS) && !after.permissions().contains(Actor.MANAGE_USERS)) {
            requireAnotherAdministrator(user, "user.error.last-administrator-permission");
        }
        try {
            db.update(APP_USER)
                    .set(APP_USER.EMAIL, after.email())
                    .set(APP_USER.FIRST_NAME, after.firstName())
                    .set(APP_USER.LAST_NAME, after.lastName())
                    .set(APP_USER.PHONE, after.phone())
                    .set(APP_USER.LANGUAGE, after.language().code())
                    .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                    .where(APP_USER.ID.eq(userId))
                    .execute();
        } catch (DuplicateKeyException e) {
            throw new InvalidUserException(UserField.EMAIL, "user.error.email-taken");
        }
        db.deleteFrom(USER_PERMISSION)
                .where(USER_PERMISSION.USER_ID.eq(userId).and(USER_PERMISSION.PERMISSION_CODE.notIn(after.permissions())))
                .execute();
        var added = new TreeSet<>(after.permissions());
        added.removeAll(before.permissions());
        grant(userId, user.getCompanyId(), added);
        UserStatus status = user.getStatus();
        var beforeState = state(before, status);
        var afterState = state(after, status);
        afterState.put("changedPersonalData", changedPersonalData(before, after));
        Set<TokenPurpose> voided = AddressChange.changes(before.email(), after.email())
                ? addressChange.apply(userId, before.email(), after) : Set.of();
        if (!voided.isEmpty()) {
            afterState.put("linksVoided", voided.stream().map(Enum::name).sorted().toList());
        }
        audit.record(actor, AuditAction.USER_UPDATED, user.getCompanyId(), Subject.user(userId, after.email()),
                beforeState, afterState);
        if (status == UserStatus.INVITED && voided.contains(TokenPurpose.INVITATION)) {
            invite(actor, userId);
        }
    }

    /** Lock: sign-in is refused and the user's open sessions end on their next request. */
    @Transactional
    public void lockUser(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = target(actor, userId, "lockUser", true);
        if (userId == actor.id()) {
            throw new UserRuleException("user.error.cannot-lock-self");
        }
        if (user.getStatus() == UserStatus.LOCKED) {
            return;
        }
        requireAnotherAdministrator(user, "user.error.last-administrator-lock");
        db.update(APP_USER)
                .set(APP_USER.STATUS, UserStatus.LOCKED)
                .set(APP_USER.LOCKED_AT, OffsetDateTime.now(clock))
                .set(APP_USER.LOCKED_BY, actor.id())
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        audit.record(actor, AuditAction.USER_LOCKED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                Map.of("status", user.getStatus().name()), Map.of("status", UserStatus.LOCKED.name()));
    }

    /** Unlock: back to active, or to invited if the user never set a password. */
    @Transactional
    public void unlockUser(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = target(actor, userId, "unlockUser", true);
        if (user.getStatus() != UserStatus.LOCKED) {
            return;
        }
        UserStatus status = user.getPasswordHash() == null ? UserStatus.INVITED : UserStatus.ACTIVE;
        db.update(APP_USER)
                .set(APP_USER.STATUS, status)
                .setNull(APP_USER.LOCKED_AT)
                .setNull(APP_USER.LOCKED_BY)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        audit.record(actor, AuditAction.USER_UNLOCKED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                Map.of("status", UserStatus.LOCKED.name()), Map.of("status", status.name()));
    }

    /**
     * "Delete user": the account and its personal data go for good; the audit log keeps the event
     * with the e-mail address the user had.
     */
    @Transactional
    public void deleteUser(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = target(actor, userId, "deleteUser", true);
        if (userId == actor.id()) {
            throw new UserRuleException("user.error.cannot-delete-self");
        }
        requireAnotherAdministrator(user, "user.error.last-administrator-delete");
        audit.record(actor, AuditAction.USER_DELETED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                state(data(user, permissionCodes(userId)), user.getStatus()), null);
        db.deleteFrom(APP_USER).where(APP_USER.ID.eq(userId)).execute();
    }

    /** "Resend invitation": a new welcome mail whose link voids any earlier one. */
    @Transactional
    public void sendInvitation(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = target(actor, userId, "sendInvitation", true);
        if (user.getStatus() != UserStatus.INVITED) {
            throw new UserRuleException("user.error.not-invited");
        }
        invite(actor, userId);
    }

    /** Why the user cannot sign in (locked, blocked after failed attempts, invitation not usable), or that they can. */
    @Transactional(readOnly = true)
    public SignInHelp signInHelp(long userId) {
        return obstacles.of(target(actors.current(), userId, "signInHelp", false));
    }

    /**
     * "Lift the block": the user may try again at once instead of waiting for the block to end. Only
     * the count for their e-mail address goes; a block on a client address stays.
     */
    @Transactional
    public void liftSignInBlock(long userId) {
        Actor actor = actors.current();
        AppUserRecord user = target(actor, userId, "liftSignInBlock", true);
        OffsetDateTime blockedUntil = throttle.blockedUntil(user.getEmail());
        if (blockedUntil == null) {
            return;
        }
        throttle.clear(user.getEmail());
        audit.record(actor, AuditAction.SIGN_IN_BLOCK_LIFTED, user.getCompanyId(), Subject.user(userId, user.getEmail()),
                Map.of("blockedUntil", blockedUntil.toString()), null);
    }

    private void invite(Actor actor, long userId) {
        var user = db.select(APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LANGUAGE, APP_USER.COMPANY_ID, COMPANY.NAME)
                .from(APP_USER).join(COMPANY).on(COMPANY.ID.eq(APP_USER.COMPANY_ID))
                .where(APP_USER.ID.eq(userId))
                .fetchSingle();
        var expiresAt = linkMails.invitation(userId, user.value1(), user.value2(), Language.of(user.value3()),
                user.value5());
        audit.record(actor, AuditAction.INVITATION_SENT, user.value4(), Subject.user(userId, user.value1()),
                null, Map.of("expiresAt", expiresAt.toString()));
    }

    private void requireMayManage(Actor actor, long companyId, String attempted) {
        AdministratorsOnly.require(actor, audit, companyId, () -> companyExists(companyId), attempted);
    }

    /**
     * The user an action is aimed at, if the actor may act on them; locked when the action changes
     * them (FOR NO KEY UPDATE: writers wait for each other, while rows that merely reference the
     * user, such as audit events, can still be written). A user of another company and a user who
     * does not exist are refused alike.
     */
    private AppUserRecord target(Actor actor, long userId, String attempted, boolean forUpdate) {
        var select = db.selectFrom(APP_USER).where(APP_USER.ID.eq(userId));
        AppUserRecord user = forUpdate ? select.forNoKeyUpdate().fetchOne() : select.fetchOne();
        if (user == null || user.getCompanyId() == null || !actor.administers(user.getCompanyId())) {
            audit.refused(actor, attempted, user == null ? null : user.getCompanyId(),
                    user == null ? Subject.NONE : Subject.user(userId, user.getEmail()));
            throw new AccessDeniedException("Not allowed to act on user " + userId);
        }
        return user;
    }

    /**
     * A company keeps at least one active user who may manage users. The company row is locked
     * first, so two administrators locking each other at the same moment cannot both succeed.
     */
    private void requireAnotherAdministrator(AppUserRecord user, String messageKey) {
        db.select(COMPANY.ID).from(COMPANY).where(COMPANY.ID.eq(user.getCompanyId())).forNoKeyUpdate().execute();
        boolean isActiveAdministrator = user.getStatus() == UserStatus.ACTIVE
                && db.fetchExists(USER_PERMISSION, USER_PERMISSION.USER_ID.eq(user.getId())
                .and(USER_PERMISSION.PERMISSION_CODE.eq(Actor.MANAGE_USERS)));
        if (!isActiveAdministrator) {
            return;
        }
        boolean anotherExists = db.fetchExists(APP_USER.join(USER_PERMISSION).on(USER_PERMISSION.USER_ID.eq(APP_USER.ID)),
                APP_USER.COMPANY_ID.eq(user.getCompanyId())
                        .and(APP_USER.ID.ne(user.getId()))
                        .and(APP_USER.STATUS.eq(UserStatus.ACTIVE))
                        .and(USER_PERMISSION.PERMISSION_CODE.eq(Actor.MANAGE_USERS)));
        if (!anotherExists) {
            throw new UserRuleException(messageKey);
        }
    }

    private UserData validated(Actor actor, long companyId, UserData data, @Nullable Long userId) {
        String email = data.email().strip();
        if (email.isEmpty()) {
            throw new InvalidUserException(UserField.EMAIL, "user.error.email-required");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidUserException(UserField.EMAIL, "user.error.email-invalid");
        }
        String firstName = required(data.firstName(), UserField.FIRST_NAME);
        String lastName = required(data.lastName(), UserField.LAST_NAME);
        String phone = data.phone() == null || data.phone().isBlank() ? null : data.phone().strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidUserException(UserField.PHONE, "user.error.phone-invalid");
        }
        var permissions = new TreeSet<>(data.permissions());
        if (!entitlements(companyId).containsAll(permissions)) {
            audit.refused(actor, "grant " + permissions, companyId, Subject.NONE);
            throw new InvalidUserException(UserField.PERMISSIONS, "user.error.permission-not-entitled");
        }
        Condition sameEmail = APP_USER.EMAIL.lower().eq(email.toLowerCase());
        if (db.fetchExists(APP_USER, userId == null ? sameEmail : sameEmail.and(APP_USER.ID.ne(userId)))) {
            throw new InvalidUserException(UserField.EMAIL, "user.error.email-taken");
        }
        return new UserData(email, firstName, lastName, phone, data.language(), permissions);
    }

    private static String required(@Nullable String value, UserField field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidUserException(field, "user.error.required");
        }
        if (stripped.length() > 100) {
            throw new InvalidUserException(field, "user.error.too-long");
        }
        return stripped;
    }

    private List<String> entitlements(long companyId) {
        return db.select(COMPANY_PERMISSION.PERMISSION_CODE)
                .from(COMPANY_PERMISSION)
                .join(EXTERNAL_PERMISSION).on(EXTERNAL_PERMISSION.CODE.eq(COMPANY_PERMISSION.PERMISSION_CODE))
                .where(COMPANY_PERMISSION.COMPANY_ID.eq(companyId))
                .orderBy(EXTERNAL_PERMISSION.POSITION)
                .fetch(COMPANY_PERMISSION.PERMISSION_CODE);
    }

    private boolean companyExists(long companyId) {
        return db.fetchExists(COMPANY, COMPANY.ID.eq(companyId));
    }

    private void grant(long userId, long companyId, Set<String> permissions) {
        for (String code : permissions) {
            db.insertInto(USER_PERMISSION)
                    .set(USER_PERMISSION.USER_ID, userId)
                    .set(USER_PERMISSION.COMPANY_ID, companyId)
                    .set(USER_PERMISSION.PERMISSION_CODE, code)
                    .execute();
        }
    }

    private Set<String> permissionCodes(long userId) {
        return new TreeSet<>(db.select(USER_PERMISSION.PERMISSION_CODE).from(USER_PERMISSION)
                .where(USER_PERMISSION.USER_ID.eq(userId)).fetch(USER_PERMISSION.PERMISSION_CODE));
    }

    private static Field<List<String>> permissionsOf(Field<Long> userId) {
        return multiset(select(USER_PERMISSION.PERMISSION_CODE)
                .from(USER_PERMISSION)
                .join(EXTERNAL_PERMISSION).on(EXTERNAL_PERMISSION.CODE.eq(USER_PERMISSION.PERMISSION_CODE))
                .where(USER_PERMISSION.USER_ID.eq(userId))
                .orderBy(EXTERNAL_PERMISSION.POSITION))
                .convertFrom(result -> result.map(Record1::value1));
    }

    private static UserData data(AppUserRecord user, Set<String> permissions) {
        return new UserData(user.getEmail(), user.getFirstName(), user.getLastName(), user.getPhone(),
                Language.of(user.getLanguage()), permissions);
    }

    /** What the audit log keeps of a user: no names or phone numbers, which deletion must take away. */
    private static Map<String, Object> state(UserData data, UserStatus status) {
        var state = new LinkedHashMap<String, Object>();
        state.put("email", data.email());
        state.put("language", data.language().code());
        state.put("permissions", List.copyOf(data.permissions()));
        state.put("status", status.name());
        return state;
    }

    private static List<String> changedPersonalData(UserData before, UserData after) {
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

    private static Condition matching(UserListQuery query) {
        Condition condition = APP_USER.COMPANY_ID.eq(query.companyId());
        if (query.search() != null && !query.search().isBlank()) {
            String escaped = query.search().strip().toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            condition = condition.and(APP_USER.SEARCH_TEXT.like("%" + escaped + "%", '\\'));
        }
        if (query.status() != null) {
            condition = condition.and(APP_USER.STATUS.eq(query.status()));
        }
        return condition;
    }

    private static List<SortField<?>> sortFields(List<UserListQuery.Sort> sort) {
        var fields = new ArrayList<SortField<?>>();
        for (var order : sort) {
            switch (order.key()) {
                case NAME -> {
                    fields.add(sorted(APP_USER.LAST_NAME.lower(), order.descending()));
                    fields.add(sorted(APP_USER.FIRST_NAME.lower(), order.descending()));
                }
                case EMAIL -> fields.add(sorted(APP_USER.EMAIL.lower(), order.descending()));
                case STATUS -> fields.add(sorted(APP_USER.STATUS, order.descending()));
                case LAST_SIGN_IN -> fields.add(order.descending()
                        ? APP_USER.LAST_SIGN_IN_AT.desc().nullsLast() : APP_USER.LAST_SIGN_IN_AT.asc().nullsFirst());
            }
        }
        if (sort.isEmpty()) {
            fields.add(APP_USER.LAST_NAME.lower().asc());
            fields.add(APP_USER.FIRST_NAME.lower().asc());
        }
        // Ties are broken by id in the direction of the first key, so that one index serves the
        // order forwards or backwards.
        fields.add(!sort.isEmpty() && sort.getFirst().descending() ? APP_USER.ID.desc() : APP_USER.ID.asc());
        return fields;
    }

    private static SortField<?> sorted(Field<?> field, boolean descending) {
        return descending ? field.desc() : field.asc();
    }
}
