package org.extranet.user.csv;

import static org.extranet.db.Tables.COMPANY;

import java.util.List;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditLog;
import org.extranet.base.Refusal;
import org.extranet.security.Actors;
import org.extranet.user.UserAdministration;
import org.extranet.user.UserData;
import org.extranet.user.csv.ExistingUsers.Existing;
import org.extranet.user.csv.RowResult.Outcome;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one row of a file, as the user form would save it: a new address is created through
 * {@link UserAdministration#createUser} (invited, and mailed through the outbox when the user chose
 * to notify), an existing user of the company updated through {@link UserAdministration#updateUser},
 * each in its own transaction with its audit event. A row whose data the user already has is not
 * written at all, so importing the same file again changes nothing.
 */
@Service
public class UserImport {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final ExistingUsers existingUsers;
    private final UserAdministration administration;

    UserImport(DSLContext db, Actors actors, AuditLog audit, ExistingUsers existingUsers,
               UserAdministration administration) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.existingUsers = existingUsers;
        this.administration = administration;
    }

    /**
     * Never inside a caller's transaction: the row's change commits (or is refused) on its own, so
     * that one refused row leaves the rows before and after it as they are.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RowResult importRow(long companyId, ImportRow row, ImportChoices choices) {
        AdministratorsOnly.require(actors.current(), audit, companyId,
                () -> db.fetchExists(COMPANY, COMPANY.ID.eq(companyId)), "importUsers");
        @Nullable Existing existing = existingUsers.byEmail(companyId, List.of(row.email())).get(ImportFile.key(row.email()));
        if (existing != null && !existing.inCompany()) {
            return RowResult.refused(row, new Problem("user-form.email", "user.error.email-taken", List.of()));
        }
        try {
            UserData after = ImportRules.userData(row, existing == null ? null : existing.data(),
                    existingUsers.entitled(companyId), choices.defaultLanguage());
            if (existing == null) {
                administration.createUser(companyId, after, choices.sendInvitations());
                return RowResult.of(row, Outcome.CREATED);
            }
            if (after.equals(existing.data())) {
                return RowResult.of(row, Outcome.UNCHANGED);
            }
            if (!choices.updateExisting()) {
                return RowResult.of(row, Outcome.SKIPPED);
            }
            administration.updateUser(existing.id(), existing.version(), after);
            return RowResult.of(row, Outcome.UPDATED);
        } catch (Refusal refusal) {
            return RowResult.refused(row, Problem.of(refusal));
        }
    }
}
