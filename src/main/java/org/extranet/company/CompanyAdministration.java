package org.extranet.company;

import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.COMPANY_PERMISSION;
import static org.extranet.db.Tables.EXTERNAL_PERMISSION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.audit.StaffOnly;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.FieldRefusal;
import org.extranet.db.tables.records.CompanyRecord;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Distributor Service Department does with companies: register and edit them (which
 * permissions a company may hand out is {@link CompanyEntitlements}). Staff only.
 */
@Service
public class CompanyAdministration {

    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    CompanyAdministration(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public EditableCompany companyForEdit(long companyId) {
        StaffOnly.require(actors.current(), audit, companyId, "companyForEdit");
        CompanyRecord company = db.fetchOptional(COMPANY, COMPANY.ID.eq(companyId))
                .orElseThrow(() -> new AccessDeniedException("No company " + companyId));
        return new EditableCompany(company.getId(), company.getVersion(), data(company), entitlements(companyId));
    }

    @Transactional
    public long createCompany(CompanyData data) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, null, "createCompany");
        CompanyData clean = validated(data, null);
        long id;
        try {
            id = db.insertInto(COMPANY)
                    .set(COMPANY.NAME, clean.name())
                    .set(COMPANY.CUSTOMER_NUMBER, clean.customerNumber())
                    .set(COMPANY.TAX_ID, clean.taxId())
                    .set(COMPANY.STREET, clean.street())
                    .set(COMPANY.POSTAL_CODE, clean.postalCode())
                    .set(COMPANY.CITY, clean.city())
                    .set(COMPANY.COUNTRY_CODE, clean.countryCode())
                    .returning(COMPANY.ID)
                    .fetchSingle(COMPANY.ID);
        } catch (DuplicateKeyException e) {
            throw new FieldRefusal(CompanyField.CUSTOMER_NUMBER, "company.error.customer-number-taken");
        }
        audit.record(actor, AuditAction.COMPANY_CREATED, id, Subject.NONE, null, state(clean));
        return id;
    }

    @Transactional
    public void updateCompany(long companyId, int version, CompanyData data) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, companyId, "updateCompany");
        CompanyRecord company = db.selectFrom(COMPANY).where(COMPANY.ID.eq(companyId)).forNoKeyUpdate().fetchOptional()
                .orElseThrow(() -> new AccessDeniedException("No company " + companyId));
        if (company.getVersion() != version) {
            throw new ConcurrentChange("company.error.changed-meanwhile");
        }
        CompanyData before = data(company);
        CompanyData after = validated(data, companyId);
        if (before.equals(after)) {
            return;
        }
        try {
            db.update(COMPANY)
                    .set(COMPANY.NAME, after.name())
                    .set(COMPANY.CUSTOMER_NUMBER, after.customerNumber())
                    .set(COMPANY.TAX_ID, after.taxId())
                    .set(COMPANY.STREET, after.street())
                    .set(COMPANY.POSTAL_CODE, after.postalCode())
                    .set(COMPANY.CITY, after.city())
                    .set(COMPANY.COUNTRY_CODE, after.countryCode())
                    .set(COMPANY.VERSION, COMPANY.VERSION.plus(1))
                    .where(COMPANY.ID.eq(companyId))
                    .execute();
        } catch (DuplicateKeyException e) {
            throw new FieldRefusal(CompanyField.CUSTOMER_NUMBER, "company.error.customer-number-taken");
        }
        audit.record(actor, AuditAction.COMPANY_UPDATED, companyId, Subject.NONE, state(before), state(after));
    }

    private List<String> entitlements(long companyId) {
        return db.select(COMPANY_PERMISSION.PERMISSION_CODE).from(COMPANY_PERMISSION)
                .join(EXTERNAL_PERMISSION).on(EXTERNAL_PERMISSION.CODE.eq(COMPANY_PERMISSION.PERMISSION_CODE))
                .where(COMPANY_PERMISSION.COMPANY_ID.eq(companyId))
                .orderBy(EXTERNAL_PERMISSION.POSITION)
                .fetch(COMPANY_PERMISSION.PERMISSION_CODE);
    }

    private CompanyData validated(CompanyData data, @Nullable Long companyId) {
        String customerNumber = required(data.customerNumber(), CompanyField.CUSTOMER_NUMBER, 40);
        var sameNumber = COMPANY.CUSTOMER_NUMBER.lower().eq(customerNumber.toLowerCase());
        if (db.fetchExists(COMPANY, companyId == null ? sameNumber : sameNumber.and(COMPANY.ID.ne(companyId)))) {
            throw new FieldRefusal(CompanyField.CUSTOMER_NUMBER, "company.error.customer-number-taken");
        }
        String taxId = data.taxId() == null || data.taxId().isBlank() ? null : data.taxId().strip();
        if (taxId != null && taxId.length() > 40) {
            throw new FieldRefusal(CompanyField.TAX_ID, "company.error.too-long");
        }
        String country = data.countryCode() == null ? "" : data.countryCode().strip().toUpperCase();
        if (!COUNTRY.matcher(country).matches()) {
            throw new FieldRefusal(CompanyField.COUNTRY, "company.error.country");
        }
        return new CompanyData(required(data.name(), CompanyField.NAME, 200), customerNumber, taxId,
                required(data.street(), CompanyField.STREET, 200),
                required(data.postalCode(), CompanyField.POSTAL_CODE, 20),
                required(data.city(), CompanyField.CITY, 100), country);
    }

    private static String required(@Nullable String value, CompanyField field, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new FieldRefusal(field, "company.error.required");
        }
        if (stripped.length() > maxLength) {
            throw new FieldRefusal(field, "company.error.too-long");
        }
        return stripped;
    }

    private static CompanyData data(CompanyRecord company) {
        return new CompanyData(company.getName(), company.getCustomerNumber(), company.getTaxId(), company.getStreet(),
                company.getPostalCode(), company.getCity(), company.getCountryCode());
    }

    private static Map<String, Object> state(CompanyData data) {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", data.name());
        state.put("customerNumber", data.customerNumber());
        state.put("taxId", data.taxId());
        state.put("address", data.street() + ", " + data.postalCode() + " " + data.city() + ", " + data.countryCode());
        return state;
    }
}
