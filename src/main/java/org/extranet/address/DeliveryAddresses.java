package org.extranet.address;

import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.mail.AddressRequestMail;
import org.extranet.mail.Outbox;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery addresses: a company's administrators read them and ask the
 * Distributor Service Department for new ones; staff may do the same for any company. Every call
 * checks the acting user against the database; anything else is refused and audited.
 */
@Service
public class DeliveryAddresses {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ServiceDepartment department;

    DeliveryAddresses(DSLContext db, Actors actors, AuditLog audit, Outbox outbox, ServiceDepartment department) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.outbox = outbox;
        this.department = department;
    }

    /** The signed-in administrator's own company's addresses and requests. */
    @Transactional(readOnly = true)
    public AddressBook myAddressBook() {
        Actor actor = actors.current();
        if (actor.companyId() == null) {
            // Staff belong to no company: they open a company's addresses by choosing the company.
            audit.refused(actor, "myAddressBook", null, Subject.NONE);
            throw new AccessDeniedException("No company of one's own");
        }
        return addressBook(actor, actor.companyId());
    }

    @Transactional(readOnly = true)
    public AddressBook addressBook(long companyId) {
        return addressBook(actors.current(), companyId);
    }

    /**
     * "Request a new delivery address": an open request on record, a mail to the department and
     * an audit event, all or nothing. Returns the request's id.
     */
    @Transactional
    public long requestAddress(long companyId, AddressRequestData data) {
        Actor actor = actors.current();
        requireMayManage(actor, companyId, "requestAddress");
        AddressRequestData clean = AddressRules.validated(data);
        Requester requester = db.select(APP_USER.EMAIL, APP_USER.FIRST_NAME, APP_USER.LAST_NAME)
                .from(APP_USER).where(APP_USER.ID.eq(actor.id()))
                .fetchSingle(Records.mapping((email, firstName, lastName) ->
                        new Requester(email, firstName + " " + lastName)));
        RequestingCompany company = db.select(COMPANY.NAME, COMPANY.CUSTOMER_NUMBER)
                .from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchSingle(Records.mapping(RequestingCompany::new));
        long id = db.insertInto(ADDRESS_REQUEST)
                .set(ADDRESS_REQUEST.COMPANY_ID, companyId)
                .set(ADDRESS_REQUEST.REQUESTED_BY, actor.id())
                .set(ADDRESS_REQUEST.REQUESTER_EMAIL, requester.email())
                .set(ADDRESS_REQUEST.NAME, clean.name())
                .set(ADDRESS_REQUEST.STREET, clean.street())
                .set(ADDRESS_REQUEST.POSTAL_CODE, clean.postalCode())
                .set(ADDRESS_REQUEST.CITY, clean.city())
                .set(ADDRESS_REQUEST.COUNTRY_CODE, clean.countryCode())
                .set(ADDRESS_REQUEST.NOTE, clean.note())
                .set(ADDRESS_REQUEST.STATUS, AddressRequestStatus.OPEN.name())
                .returning(ADDRESS_REQUEST.ID)
                .fetchSingle(ADDRESS_REQUEST.ID);
        outbox.queue(new AddressRequestMail(department.email(), department.language(), id, company.name(),
                company.customerNumber(), requester.name(), requester.email(), clean.name(),
                clean.street(), clean.postalCode(), clean.city(), clean.countryCode(), clean.note()));
        audit.record(actor, AuditAction.ADDRESS_REQUESTED, companyId, Subject.NONE, null, state(id, clean));
        return id;
    }

    private AddressBook addressBook(Actor actor, long companyId) {
        requireMayManage(actor, companyId, "addressBook");
        PostalAddress headOffice = db.select(COMPANY.NAME, COMPANY.STREET, COMPANY.POSTAL_CODE, COMPANY.CITY,
                        COMPANY.COUNTRY_CODE)
                .from(COMPANY).where(COMPANY.ID.eq(companyId))
                .fetchSingle(Records.mapping(PostalAddress::new));
        List<PostalAddress> others = db.select(DELIVERY_ADDRESS.NAME, DELIVERY_ADDRESS.STREET,
                        DELIVERY_ADDRESS.POSTAL_CODE, DELIVERY_ADDRESS.CITY, DELIVERY_ADDRESS.COUNTRY_CODE)
                .from(DELIVERY_ADDRESS)
                .where(DELIVERY_ADDRESS.COMPANY_ID.eq(companyId))
                .orderBy(DELIVERY_ADDRESS.NAME.lower(), DELIVERY_ADDRESS.ID)
                .fetch(Records.mapping(PostalAddress::new));
        return new AddressBook(companyId, headOffice, others, requests(companyId));
    }

    private List<AddressRequestRow> requests(long companyId) {
        return db.select(ADDRESS_REQUEST.asterisk(), APP_USER.FIRST_NAME, APP_USER.LAST_NAME)
                .from(ADDRESS_REQUEST)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ADDRESS_REQUEST.REQUESTED_BY))
                .where(ADDRESS_REQUEST.COMPANY_ID.eq(companyId))
                .orderBy(ADDRESS_REQUEST.CREATED_AT.desc(), ADDRESS_REQUEST.ID.desc())
                .fetch(DeliveryAddresses::requestRow);
    }

    /** A request as its company sees it; a requester whose account is gone is shown by the e-mail they had. */
    private static AddressRequestRow requestRow(Record row) {
        String firstName = row.get(APP_USER.FIRST_NAME);
        String requester = firstName == null ? row.get(ADDRESS_REQUEST.REQUESTER_EMAIL)
                : firstName + " " + row.get(APP_USER.LAST_NAME);
        return new AddressRequestRow(row.get(ADDRESS_REQUEST.ID), row.get(ADDRESS_REQUEST.CREATED_AT),
                new PostalAddress(row.get(ADDRESS_REQUEST.NAME), row.get(ADDRESS_REQUEST.STREET),
                        row.get(ADDRESS_REQUEST.POSTAL_CODE), row.get(ADDRESS_REQUEST.CITY),
                        row.get(ADDRESS_REQUEST.COUNTRY_CODE)),
                requester,
                AddressRequestStatus.valueOf(row.get(ADDRESS_REQUEST.STATUS)),
                row.get(ADDRESS_REQUEST.DECISION_REASON));
    }

    private void requireMayManage(Actor actor, long companyId, String attempted) {
        AdministratorsOnly.require(actor, audit, companyId, () -> db.fetchExists(COMPANY, COMPANY.ID.eq(companyId)),
                attempted);
    }

    /** What the audit log keeps of a request: the address asked for, which is a place, not personal data. */
    private static Map<String, Object> state(long requestId, AddressRequestData data) {
        var state = new LinkedHashMap<String, Object>();
        state.put("requestId", requestId);
        state.put("status", AddressRequestStatus.OPEN.name());
        state.put("name", data.name());
        state.put("street", data.street());
        state.put("postalCode", data.postalCode());
        state.put("city", data.city());
        state.put("countryCode", data.countryCode());
        if (data.note() != null) {
            state.put("note", data.note());
        }
        return state;
    }

    private record Requester(String email, String name) {
    }

    private record RequestingCompany(String name, String customerNumber) {
    }
}
