package org.extranet.user.csv;

import org.extranet.user.BulkRuns;
import org.extranet.user.UserExport;
import org.springframework.stereotype.Component;

/** What the admin panel's CSV parts call, handed to them as one, and the threads imports run on. */
@Component
public class UserCsvServices {

    private final UserExport export;
    private final UserImportCheck check;
    private final UserImport importer;
    private final BulkRuns runs;

    UserCsvServices(UserExport export, UserImportCheck check, UserImport importer, BulkRuns runs) {
        this.export = export;
        this.check = check;
        this.importer = importer;
        this.runs = runs;
    }

    UserExport export() {
        return export;
    }

    UserImportCheck check() {
        return check;
    }

    UserImport importer() {
        return importer;
    }

    BulkRuns runs() {
        return runs;
    }
}
