package org.extranet.address;

import static org.extranet.db.Tables.ADDRESS_REQUEST;
import static org.extranet.db.Tables.APP_USER;
import static org.extranet.db.Tables.COMPANY;
import static org.extranet.db.Tables.DELIVERY_ADDRESS;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.audit.AuditAction;
import org.extranet.audit.AuditLog.Subject;
import org.extranet.audit.AuditLog;
import org.extranet.audit.StaffOnly;
import org.extranet.base.ConcurrentChange;
import org.extranet.base.Language;
import org.extranet.base.PageRequest;
import org.extranet.db.tables.records.AddressRequestRecord;
import org.extranet.mail.AddressRequestDecisionMail;
import org.extranet.mail.Outbox;
import org.extranet.security.Actor;
import org.extranet.security.Actors;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Distributor Service Department's inbox of address requests from every company, oldest
 * first. Accepting registers the address (as the department corrected it); rejecting needs a
 * reason. Either way the request is decided once, audited, and its requester told by mail.
 */
@Service
public class AddressRequestInbox {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final Outbox outbox;
    private final AddressRegistry registry;

    AddressRequestInbox(DSLContext db, Actors actors, AuditLog audit, Outbox outbox, AddressRegistry registry) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.outbox = outbox;
        this.registry = registry;
    }

    @Transactional(readOnly = true)
    public List<OpenAddressRequest> listOpenRequests(PageRequest<Void> page) {
        StaffOnly.require(actors.current(), audit, null, "listOpenRequests");
        return db.select(ADDRESS_REQUEST.asterisk(), COMPANY.NAME, APP_USER.FIRST_NAME, APP_USER.LAST_NAME)
                .from(ADDRESS_REQUEST)
                .join(COMPANY).on(COMPANY.ID.eq(ADDRESS_REQUEST.COMPANY_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ADDRESS_REQUEST.REQUESTED_BY))
                .where(ADDRESS_REQUEST.STATUS.eq(AddressRequestStatus.OPEN.name()))
                .orderBy(ADDRESS_REQUEST.CREATED_AT, ADDRESS_REQUEST.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(row -> new OpenAddressRequest(row.get(ADDRESS_REQUEST.ID), row.get(ADDRESS_REQUEST.CREATED_AT),
                        row.get(ADDRESS_REQUEST.COMPANY_ID), row.get(COMPANY.NAME),
                        // A requester whose account is gone is shown by the e-mail they had.
                        row.get(APP_USER.FIRST_NAME) == null ? row.get(ADDRESS_REQUEST.REQUESTER_EMAIL)
                                : row.get(APP_USER.FIRST_NAME) + " " + row.get(APP_USER.LAST_NAME),
                        new PostalAddress(row.get(ADDRESS_REQUEST.NAME), row.get(ADDRESS_REQUEST.STREET),
                                row.get(ADDRESS_REQUEST.POSTAL_CODE), row.get(ADDRESS_REQUEST.CITY),
                                row.get(ADDRESS_REQUEST.COUNTRY_CODE)),
                        row.get(ADDRESS_REQUEST.NOTE)));
    }

    @Transactional(readOnly = true)
    public int countOpenRequests() {
        StaffOnly.require(actors.current(), audit, null, "countOpenRequests");
        return db.fetchCount(ADDRESS_REQUEST, ADDRESS_REQUEST.STATUS.eq(AddressRequestStatus.OPEN.name()));
    }

    /**
     * Registers the address the request asked for, as given here (the department may have
     * corrected it), and marks the request accepted. Returns the new address's id.
     */
    @Transactional
    public long acceptRequest(long requestId, PostalAddress address) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, companyOf(requestId), "acceptRequest");
        AddressRequestRecord request = lockedOpen(requestId, AddressRequestStatus.ACCEPTED);
        long addressId = registry.addAddress(request.getCompanyId(), address);
        decide(actor, request, AddressRequestStatus.ACCEPTED, null, addressId);
        var registered = db.selectFrom(DELIVERY_ADDRESS).where(DELIVERY_ADDRESS.ID.eq(addressId)).fetchSingle();
        tellRequester(request, true, new PostalAddress(registered.getName(), registered.getStreet(),
                registered.getPostalCode(), registered.getCity(), registered.getCountryCode()), null);
        return addressId;
    }

    @Transactional
    public void rejectRequest(long requestId, String reason) {
        Actor actor = actors.current();
        StaffOnly.require(actor, audit, companyOf(requestId), "rejectRequest");
        AddressRequestRecord request = lockedOpen(requestId, AddressRequestStatus.REJECTED);
        var problem = AddressRules.reasonProblem(reason);
        if (problem.isPresent()) {
            throw problem.get();
        }
        String clean = reason.strip();
        decide(actor, request, AddressRequestStatus.REJECTED, clean, null);
        tellRequester(request, false, new PostalAddress(request.getName(), request.getStreet(),
                request.getPostalCode(), request.getCity(), request.getCountryCode()), clean);
    }

    /**
     * The request, locked until this transaction ends, if it may still move to the given status.
     * A colleague deciding at the same moment waits here and then finds it decided.
     */
    private AddressRequestRecord lockedOpen(long requestId, AddressRequestStatus next) {
        AddressRequestRecord request = db.selectFrom(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(requestId))
                .forNoKeyUpdate().fetchOptional()
                .orElseThrow(() -> new ConcurrentChange("inbox.error.gone"));
        if (!AddressRequestStatus.valueOf(request.getStatus()).mayBecome(next)) {
            throw new ConcurrentChange("inbox.error.already-decided");
        }
        return request;
    }

    private void decide(Actor actor, AddressRequestRecord request, AddressRequestStatus status,
                        @Nullable String reason, @Nullable Long addressId) {
        db.update(ADDRESS_REQUEST)
                .set(ADDRESS_REQUEST.STATUS, status.name())
                .set(ADDRESS_REQUEST.DECISION_REASON, reason)
                .set(ADDRESS_REQUEST.DECIDED_BY, actor.id())
                .set(ADDRESS_REQUEST.DECIDED_AT, currentOffsetDateTime())
                .set(ADDRESS_REQUEST.DELIVERY_ADDRESS_ID, addressId)
                .where(ADDRESS_REQUEST.ID.eq(request.getId()))
                .execute();
        var after = new LinkedHashMap<String, Object>();
        after.put("requestId", request.getId());
        after.put("status", status.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        if (addressId != null) {
            after.put("addressId", addressId);
        }
        audit.record(actor, status == AddressRequestStatus.ACCEPTED ? AuditAction.ADDRESS_REQUEST_ACCEPTED
                        : AuditAction.ADDRESS_REQUEST_REJECTED, request.getCompanyId(), Subject.NONE,
                Map.of("requestId", request.getId(), "status", request.getStatus()), after);
    }

    /** Mails the decision to the requester in their language; a requester whose account is gone gets none. */
    private void tellRequester(AddressRequestRecord request, boolean accepted, PostalAddress address,
                               @Nullable String reason) {
        if (request.getRequestedBy() == null) {
            return;
        }
        db.select(APP_USER.EMAIL, APP_USER.LANGUAGE.convertFrom(Language::of), APP_USER.FIRST_NAME).from(APP_USER)
                .where(APP_USER.ID.eq(request.getRequestedBy()))
                .fetchOptional(Records.mapping((email, language, firstName) -> new AddressRequestDecisionMail(email,
                        language, firstName, accepted, request.getCreatedAt(), address.name(), address.street(),
                        address.postalCode(), address.city(), address.countryCode(), reason)))
                .ifPresent(outbox::queue);
    }

    /** For the audit of a refusal: the company a request came from, if the request exists. */
    private @Nullable Long companyOf(long requestId) {
        return db.select(ADDRESS_REQUEST.COMPANY_ID).from(ADDRESS_REQUEST).where(ADDRESS_REQUEST.ID.eq(requestId))
                .fetchOne(ADDRESS_REQUEST.COMPANY_ID);
    }
}
