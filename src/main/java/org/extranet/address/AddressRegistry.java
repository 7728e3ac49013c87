package org.extranet.address;

import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.audit.StaffOnly;
import org.extranet.base.ConcurrentChange;
import org.extranet.db.tables.records.DeliveryAddressRecord;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Distributor Service Department's register of delivery addresses: staff list, add, edit and
 * remove any company's addresses, each change audited (on the company's behalf) in its own
 * transaction. The head office is the company's own address and is edited with the company.
 */
@Service
public class AddressRegistry {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;

    AddressRegistry(DSLContext db, Actors actors, AuditLog audit) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CompanyAddresses companyAddresses(long companyId) {
        StaffOnly.require(actors.current(), audit, existing(companyId), "companyAddresses");
        var company = db.selectFrom(COMPANY).where(COMPANY.ID.eq(companyId)).fetchOptional()
                .orElseThrow(() -> new AccessDeniedException("No company " + companyId));
        var headOffice = new PostalAddress(company.getName(), company.getStreet(), company.getPostalCode(),
                company.getCity(), company.getCountryCode());
        List<RegisteredAddress> others = db.selectFrom(DELIVERY_ADDRESS)
                .where(DELIVERY_ADDRESS.COMPANY_ID.eq(companyId))
                .orderBy(DELIVERY_ADDRESS.NAME.lower(), DELIVERY_ADDRESS.ID)
                .fetch(row -> new RegisteredAddress(row.getId(), address(row)));
        return new CompanyAddresses(companyId, company.getName(), headOffice, others);
    }

    /** Registers a delivery address for a company; returns its id. */
    @Transactional
    public long addAddress(long companyId, PostalAddress address) {
        Actor actor = actors.current();
        Long company = existing(companyId);
        StaffOnly.require(actor, audit, company, "addAddress");
        if (company == null) {
            throw new AccessDeniedException("No company " + companyId);
        }
        PostalAddress clean = AddressRules.validated(address);
        long id = db.insertInto(DELIVERY_ADDRESS)
                .set(DELIVERY_ADDRESS.COMPANY_ID, companyId)
                .set(DELIVERY_ADDRESS.NAME, clean.name())
                .set(DELIVERY_ADDRESS.STREET, clean.street())
                .set(DELIVERY_ADDRESS.POSTAL_CODE, clean.postalCode())
                .set(DELIVERY_ADDRESS.CITY, clean.city())
                .set(DELIVERY_ADDRESS.COUNTRY_CODE, clean.countryCode())
                .returning(DELIVERY_ADDRESS.ID)
                .fetchSingle(DELIVERY_ADDRESS.ID);
        audit.record(actor, AuditAction.DELIVERY_ADDRESS_ADDED, companyId, Subject.NONE, null, state(id, clean));
        return id;
    }

    @Transactional
    public void updateAddress(long addressId, PostalAddress address) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, companyOf(addressId), "updateAddress");
        DeliveryAddressRecord row = locked(addressId);
        PostalAddress before = address(row);
        PostalAddress after = AddressRules.validated(address);
        if (before.equals(after)) {
            return;
        }
        db.update(DELIVERY_ADDRESS)
                .set(DELIVERY_ADDRESS.NAME, after.name())
                .set(DELIVERY_ADDRESS.STREET, after.street())
                .set(DELIVERY_ADDRESS.POSTAL_CODE, after.postalCode())
                .set(DELIVERY_ADDRESS.CITY, after.city())
                .set(DELIVERY_ADDRESS.COUNTRY_CODE, after.countryCode())
                .where(DELIVERY_ADDRESS.ID.eq(addressId))
                .execute();
        audit.record(actor, AuditAction.DELIVERY_ADDRESS_CHANGED, row.getCompanyId(), Subject.NONE,
                state(addressId, before), state(addressId, after));
    }

    /** Removes a delivery address; requests it was registered from keep their status and lose the link. */
    @Transactional
    public void removeAddress(long addressId) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, companyOf(addressId), "removeAddress");
        DeliveryAddressRecord row = locked(addressId);
        db.deleteFrom(DELIVERY_ADDRESS).where(DELIVERY_ADDRESS.ID.eq(addressId)).execute();
        audit.record(actor, AuditAction.DELIVERY_ADDRESS_REMOVED, row.getCompanyId(), Subject.NONE,
                state(addressId, address(row)), null);
    }

    /** The address, locked against a colleague's change until this transaction ends, or a clear refusal. */
    private DeliveryAddressRecord locked(long addressId) {
        return db.selectFrom(DELIVERY_ADDRESS).where(DELIVERY_ADDRESS.ID.eq(addressId)).forNoKeyUpdate()
                .fetchOptional()
                .orElseThrow(() -> new ConcurrentChange("registry.error.gone"));
    }

    /** For the audit of a refusal: the company an address belongs to, if the address exists. */
    private @Nullable Long companyOf(long addressId) {
        return db.select(DELIVERY_ADDRESS.COMPANY_ID).from(DELIVERY_ADDRESS).where(DELIVERY_ADDRESS.ID.eq(addressId))
                .fetchOne(DELIVERY_ADDRESS.COMPANY_ID);
    }

    private @Nullable Long existing(long companyId) {
        return db.fetchExists(COMPANY, COMPANY.ID.eq(companyId)) ? companyId : null;
    }

    private static PostalAddress address(DeliveryAddressRecord row) {
        return new PostalAddress(row.getName(), row.getStreet(), row.getPostalCode(), row.getCity(),
                row.getCountryCode());
    }

    /** What the audit log keeps of an address: a place, not personal data. */
    private static Map<String, Object> state(long addressId, PostalAddress address) {
        var state = new LinkedHashMap<String, Object>();
        state.put("addressId", addressId);
        state.put("name", address.name());
        state.put("street", address.street());
        state.put("postalCode", address.postalCode());
        state.put("city", address.city());
        state.put("countryCode", address.countryCode());
        return state;
    }
}
