package org.extranet.user.csv;

import static org.extranet.db.Tables.COMPANY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.extranet.audit.AdministratorsOnly;
import org.extranet.audit.AuditLog;
import org.extranet.base.Language;
import org.extranet.base.Refusal;
import org.extranet.security.Actors;
import org.extranet.user.UserData;
import org.extranet.user.csv.ExistingUsers.Existing;
import org.extranet.user.csv.RowCheck.Verdict;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import's preview: every row checked as the import will check it, before anything is written.
 * An administrator previews for their own company, staff for any; anyone else is refused and audited.
 */
@Service
public class UserImportCheck {

    private final DSLContext db;
    private final Actors actors;
    private final AuditLog audit;
    private final ExistingUsers existingUsers;

    UserImportCheck(DSLContext db, Actors actors, AuditLog audit, ExistingUsers existingUsers) {
        this.db = db;
        this.actors = actors;
        this.audit = audit;
        this.existingUsers = existingUsers;
    }

    @Transactional(readOnly = true)
    public List<RowCheck> checkImport(long companyId, ImportFile file, Language defaultLanguage) {
        AdministratorsOnly.require(actors.current(), audit, companyId,
                () -> db.fetchExists(COMPANY, COMPANY.ID.eq(companyId)), "checkImport");
        List<String> entitled = existingUsers.entitled(companyId);
        Map<String, Existing> existing = existingUsers.byEmail(companyId, file.rows().stream().map(ImportRow::email).toList());
        Map<Integer, Integer> repeated = file.repeatedAddresses();
        var checks = new ArrayList<RowCheck>(file.rows().size());
        for (ImportRow row : file.rows()) {
            Integer earlier = repeated.get(row.row());
            checks.add(earlier != null
                    ? new RowCheck(row.row(), row.email(), Verdict.REFUSED, Problem.of("user-import.problem.repeated", earlier))
                    : check(row, existing.get(ImportFile.key(row.email())), entitled, defaultLanguage));
        }
        return checks;
    }

    private static RowCheck check(ImportRow row, @Nullable Existing existing, List<String> entitled, Language defaultLanguage) {
        if (existing != null && !existing.inCompany()) {
            return new RowCheck(row.row(), row.email(), Verdict.REFUSED,
                    new Problem("user-form.email", "user.error.email-taken", List.of()));
        }
        @Nullable UserData before = existing == null ? null : existing.data();
        try {
            UserData after = ImportRules.userData(row, before, entitled, defaultLanguage);
            Verdict verdict = before == null ? Verdict.NEW : before.equals(after) ? Verdict.UNCHANGED : Verdict.CHANGED;
            return new RowCheck(row.row(), row.email(), verdict, null);
        } catch (Refusal refusal) {
            return new RowCheck(row.row(), row.email(), Verdict.REFUSED, Problem.of(refusal));
        }
    }

}
