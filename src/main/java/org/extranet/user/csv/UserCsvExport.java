package org.extranet.user.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.commons.csv.CSVPrinter;
import org.extranet.base.ProductTime;
import org.extranet.user.ExportedUser;
import org.extranet.user.UserExport;
import org.extranet.user.UserListQuery;

/**
 * Writes the export: UTF-8 with a byte order mark, the header, then one line per user as the
 * service hands them over, so that the file streams to the browser while the database is read.
 */
final class UserCsvExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private UserCsvExport() {
    }

    /** Returns how many users were written. */
    static int write(UserExport export, UserListQuery query, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(UserCsvFormat.BOM);
        var printer = new CSVPrinter(writer, UserCsvFormat.WRITING);
        printer.printRecord(UserCsvFormat.HEADER);
        int count;
        try {
            count = export.exportUsers(query, user -> print(printer, user));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return count;
    }

    private static void print(CSVPrinter printer, ExportedUser user) {
        try {
            printer.printRecord(
                    UserCsvFormat.neutralised(user.email()),
                    UserCsvFormat.neutralised(user.firstName()),
                    UserCsvFormat.neutralised(user.lastName()),
                    UserCsvFormat.neutralised(user.phone() == null ? "" : user.phone()),
                    user.language().code(),
                    String.join(" ", user.permissions()),
                    user.status().name(),
                    user.lastSignInAt() == null ? ""
                            : TIME.format(user.lastSignInAt().atZoneSameInstant(ProductTime.ZONE).truncatedTo(ChronoUnit.MINUTES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
