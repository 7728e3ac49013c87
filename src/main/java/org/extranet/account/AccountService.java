package org.extranet.account;

import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;

import java.util.Map;
import java.util.Optional;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.base.Language;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.extranet.security.CurrentUser;
import org.extranet.security.HeldPermissions;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do with their own account. */
@Service
public class AccountService {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    AccountService(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Account myAccount() {
        return db.select(APP_USER.ID, APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LAST_NAME, APP_USER.PHONE,
                        APP_USER.LANGUAGE.convertFrom(Language::of),
                        APP_USER.COLOR_SCHEME.convertFrom(ColorSchemeChoice::of),
                        APP_USER.KIND.eq("SERVICE_STAFF"),
                        COMPANY.NAME,
                        HeldPermissions.OF_APP_USER)
                .from(APP_USER)
                .leftJoin(COMPANY).on(COMPANY.ID.eq(APP_USER.COMPANY_ID))
                .where(APP_USER.ID.eq(actors.current().id()))
                .fetchSingle(Records.mapping(Account::new));
    }

    /** The signed-in user's language, if anyone is signed in. */
    @Transactional(readOnly = true)
    public Optional<Language> myLanguage() {
        return CurrentUser.id().flatMap(id -> db.select(APP_USER.LANGUAGE).from(APP_USER)
                .where(APP_USER.ID.eq(id)).fetchOptional(APP_USER.LANGUAGE)).map(Language::of);
    }

    @Transactional
    public void changeLanguage(Language language) {
        Actor me = actors.current();
        String before = db.select(APP_USER.LANGUAGE).from(APP_USER).where(APP_USER.ID.eq(me.id()))
                .forUpdate().fetchSingle(APP_USER.LANGUAGE);
        if (before.equals(language.code())) {
            return;
        }
        db.update(APP_USER).set(APP_USER.LANGUAGE, language.code()).where(APP_USER.ID.eq(me.id())).execute();
        audit.record(me, AuditAction.LANGUAGE_CHANGED, me.companyId(), Subject.NONE,
                Map.of("language", before), Map.of("language", language.code()));
    }

    /** The signed-in user's colour scheme, kept with their account; audited as the language is. */
    @Transactional
    public void changeColorScheme(ColorSchemeChoice colorScheme) {
        Actor me = actors.current();
        String before = db.select(APP_USER.COLOR_SCHEME).from(APP_USER).where(APP_USER.ID.eq(me.id()))
                .forUpdate().fetchSingle(APP_USER.COLOR_SCHEME);
        if (before.equals(colorScheme.code())) {
            return;
        }
        db.update(APP_USER).set(APP_USER.COLOR_SCHEME, colorScheme.code()).where(APP_USER.ID.eq(me.id())).execute();
        audit.record(me, AuditAction.COLOR_SCHEME_CHANGED, me.companyId(), Subject.NONE,
                Map.of("colorScheme", before), Map.of("colorScheme", colorScheme.code()));
    }
}
