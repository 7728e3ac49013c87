package org.extranet.user.csv;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.extranet.user.UserExport;
import org.springframework.stereotype.Component;

/**
 * What the admin panel's CSV parts call, handed to them as one, and the threads imports run on:
 * two at a time on a node, so that a large import leaves the node's other work its share; more
 * wait their turn.
 */
@Component
public class UserCsvServices {

    private final UserExport export;
    private final UserImportCheck check;
    private final UserImport importer;
    private final ExecutorService imports = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("user-import-", 1).daemon().factory());

    UserCsvServices(UserExport export, UserImportCheck check, UserImport importer) {
        this.export = export;
        this.check = check;
        this.importer = importer;
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

    ExecutorService imports() {
        return imports;
    }

    @PreDestroy
    void stop() {
        imports.shutdownNow();
    }
}
