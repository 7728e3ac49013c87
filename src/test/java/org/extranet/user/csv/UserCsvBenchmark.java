package org.extranet.user.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.extranet.db.Tables.APP_USER;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.extranet.Fixtures;
import org.extranet.SignIn;
import org.extranet.base.Language;
import org.extranet.base.PageRequest;
import org.extranet.benchmark.BenchmarkReport;
import org.extranet.user.UserExport;
import org.extranet.user.UserListQuery;
import org.extranet.user.csv.RowResult.Outcome;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The CSV import and export at their limits: a file of 10,000 new users imported row by row as the
 * import page runs it (each row its own transaction with its audit event and invitation), and the
 * export of a company of 100,000 users, streamed. Prints the times. Run on demand:
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=UserCsvBenchmark}.
 */
@Tag("benchmark")
@Isolated
@SpringBootTest
class UserCsvBenchmark {

    private static final int IMPORTED = UserCsvReader.MAX_ROWS;
    private static final int EXPORTED = 100_000;

    @Autowired UserImportCheck check;
    @Autowired UserImport importer;
    @Autowired UserExport export;
    @Autowired Fixtures fixtures;
    @Autowired SignIn signIn;
    @Autowired DSLContext db;

    @Test
    void importing_ten_thousand_rows() {
        long company = fixtures.company();
        signIn.as(fixtures.user(company, "MANAGE_USERS"));
        String prefix = Fixtures.unique("bench");
        var csv = new StringBuilder("email,first_name,last_name,phone,language,permissions\n");
        for (int i = 0; i < IMPORTED; i++) {
            csv.append(prefix).append('-').append(i).append("@example.com,Małgorzata,Wiśniewska-").append(i)
                    .append(",+48 600 ").append(100_000 + i).append(",pl,VIEW_PRICES PLACE_ORDERS\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        var file = UserCsvReader.read(bytes);
        long read = System.nanoTime();
        var checks = check.checkImport(company, file, Language.PL);
        long checked = System.nanoTime();
        var choices = new ImportChoices(true, true, Language.PL);
        var outcomes = file.rows().stream().map(row -> importer.importRow(company, row, choices).outcome()).toList();
        long imported = System.nanoTime();

        System.out.printf("%nImport of %,d rows (%,d bytes), with invitations:%n  read     %8.2f s%n  preview  %8.2f s%n"
                        + "  import   %8.2f s (%.1f rows/s)%n  in all   %8.2f s%n", IMPORTED, bytes.length, seconds(started, read),
                seconds(read, checked), seconds(checked, imported), IMPORTED / seconds(checked, imported),
                seconds(started, imported));
        assertThat(checks).hasSize(IMPORTED);
        assertThat(outcomes).containsOnly(Outcome.CREATED);
        BenchmarkReport.record("CSV", "import of 10,000 rows with invitations (read, preview, import)",
                String.format(Locale.ROOT, "%.1f s", seconds(started, imported)), "≤ 60 s (issue 14)");

        long again = System.nanoTime();
        var second = file.rows().stream().map(row -> importer.importRow(company, row, choices).outcome()).toList();
        long againDone = System.nanoTime();
        System.out.printf("  the same file again (all unchanged): %.2f s%n", seconds(again, againDone));
        assertThat(second).containsOnly(Outcome.UNCHANGED);
        BenchmarkReport.record("CSV", "the same 10,000 rows again (all unchanged)",
                String.format(Locale.ROOT, "%.1f s", seconds(again, againDone)), "");
    }

    @Test
    void exporting_one_hundred_thousand_users() throws IOException {
        long company = fixtures.company();
        db.execute("""
                insert into app_user (kind, company_id, email, first_name, last_name, phone, language, status)
                select 'DISTRIBUTOR_USER', ?, 'export' || g || '.' || ? || '@example.com', 'Katarzyna',
                       'Dąbrowska-' || g, '+48 22 ' || g, 'pl', 'ACTIVE'
                from generate_series(1, ?) g
                """, company, company, EXPORTED);
        db.execute("""
                insert into user_permission (user_id, company_id, permission_code)
                select id, company_id, 'VIEW_PRICES' from app_user where company_id = ? and id % 2 = 0
                """, company);
        db.execute("analyze app_user");
        signIn.as(fixtures.staff());
        var counting = new CountingStream();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();

        long started = System.nanoTime();
        int users = UserCsvExport.write(export, new UserListQuery(company, null, null, new PageRequest<>(0, 1, List.of())), counting);
        long done = System.nanoTime();

        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%nExport of %,d users: %.2f s, %,d bytes; heap before %,d MB, right after %,d MB%n", users,
                seconds(started, done), counting.bytes, heapBefore >> 20, heapAfter >> 20);
        assertThat(users).isEqualTo(db.fetchCount(APP_USER, APP_USER.COMPANY_ID.eq(company)));
        BenchmarkReport.record("CSV", "export of 100,000 users", String.format(Locale.ROOT, "%.1f s", seconds(started, done)), "");
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** Where the export goes: nowhere, counted. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }
}
