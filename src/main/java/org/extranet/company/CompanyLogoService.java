package org.extranet.company;

import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_LOGO;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company logo shown on quotes: read, replace, remove. Only the company's administrators and
 * the service department may touch it.
 */
@Service
public class CompanyLogoService {

    /** The largest upload accepted, in bytes; the view tells the upload component too. */
    public static final int MAX_BYTES = LogoImages.MAX_BYTES;

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    CompanyLogoService(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    /** The company whose logo the signed-in administrator manages: their own. */
    @Transactional(readOnly = true)
    public long myCompanyId() {
        return AdministratorsOnly.ownCompany(actors.current(), audit, "manage the company logo");
    }

    @Transactional(readOnly = true)
    public Optional<CompanyLogo> logo(long companyId) {
        requireManager(companyId, "view the company logo");
        return db.select(COMPANY_LOGO.IMAGE, COMPANY_LOGO.WIDTH, COMPANY_LOGO.HEIGHT, COMPANY_LOGO.UPDATED_AT)
                .from(COMPANY_LOGO)
                .where(COMPANY_LOGO.COMPANY_ID.eq(companyId))
                .fetchOptional(Records.mapping(CompanyLogo::new));
    }

    /**
     * Checks the file by its content and stores it re-encoded as a PNG that fits a quote's header.
     * The file name and the declared type are only compared with what the content turns out to
     * be; they decide nothing. Refused files leave the stored logo as it was.
     *
     * @throws LogoRefused with the reason, when the file is not a logo we take
     */
    @Transactional
    public CompanyLogo replaceLogo(long companyId, String fileName, String declaredType, byte[] bytes) {
        Actor actor = requireManager(companyId, "replace the company logo");
        LogoImages.Prepared logo = LogoImages.prepare(fileName, bytes);
        Optional<Map<String, Object>> before = current(companyId);
        var stored = db.insertInto(COMPANY_LOGO)
                .set(COMPANY_LOGO.COMPANY_ID, companyId)
                .set(COMPANY_LOGO.IMAGE, logo.png())
                .set(COMPANY_LOGO.CONTENT_TYPE, CompanyLogo.CONTENT_TYPE)
                .set(COMPANY_LOGO.WIDTH, logo.width())
                .set(COMPANY_LOGO.HEIGHT, logo.height())
                .onConflict(COMPANY_LOGO.COMPANY_ID).doUpdate()
                .set(COMPANY_LOGO.IMAGE, logo.png())
                .set(COMPANY_LOGO.CONTENT_TYPE, CompanyLogo.CONTENT_TYPE)
                .set(COMPANY_LOGO.WIDTH, logo.width())
                .set(COMPANY_LOGO.HEIGHT, logo.height())
                .set(COMPANY_LOGO.UPDATED_AT, DSL.currentOffsetDateTime())
                .returning(COMPANY_LOGO.UPDATED_AT)
                .fetchSingle();
        Map<String, Object> after = new LinkedHashMap<>();
        // Both come from the browser, unchecked: kept for the record, cut to a sane length.
        after.put("fileName", shortened(fileName));
        after.put("declaredType", shortened(declaredType));
        after.put("uploadedFormat", logo.sourceFormat().name());
        after.put("uploadedBytes", bytes.length);
        after.put("width", logo.width());
        after.put("height", logo.height());
        audit.record(actor, AuditAction.LOGO_CHANGED, companyId, Subject.NONE, before.orElse(null), after);
        return new CompanyLogo(logo.png(), logo.width(), logo.height(), stored.getUpdatedAt());
    }

    /** Removes the logo; false when there was none. */
    @Transactional
    public boolean removeLogo(long companyId) {
        Actor actor = requireManager(companyId, "remove the company logo");
        Optional<Map<String, Object>> before = current(companyId);
        if (before.isEmpty()) {
            return false;
        }
        db.deleteFrom(COMPANY_LOGO).where(COMPANY_LOGO.COMPANY_ID.eq(companyId)).execute();
        audit.record(actor, AuditAction.LOGO_REMOVED, companyId, Subject.NONE, before.get(), null);
        return true;
    }

    private Optional<Map<String, Object>> current(long companyId) {
        return db.select(COMPANY_LOGO.WIDTH, COMPANY_LOGO.HEIGHT, COMPANY_LOGO.UPDATED_AT)
                .from(COMPANY_LOGO)
                .where(COMPANY_LOGO.COMPANY_ID.eq(companyId))
                .forUpdate()
                .fetchOptional(Records.mapping((width, height, updatedAt) -> Map.of("width", width, "height", height,
                        "updatedAt", updatedAt.toString())));
    }

    private static String shortened(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private Actor requireManager(long companyId, String attempted) {
        Actor actor = actors.current();
        boolean exists = db.fetchExists(COMPANY, COMPANY.ID.eq(companyId));
        AdministratorsOnly.require(actor, audit, companyId, () -> exists, attempted);
        if (!exists) {
            // Staff administer every company, but a logo needs one that is there.
            audit.refused(actor, attempted, null, Subject.NONE);
            throw new AccessDeniedException("No company " + companyId);
        }
        return actor;
    }
}
