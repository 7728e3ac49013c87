package org.extranet.user.csv;

import com.vaadin.flow.component.Component;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** The import's report as a CSV file in the viewer's language: row, e-mail, what became of it, why. */
final class ImportReportCsv {

    private ImportReportCsv() {
    }

    static byte[] write(Component in, List<RowResult> results) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, UserCsvFormat.WRITING)) {
            writer.write(UserCsvFormat.BOM);
            printer.printRecord(in.getTranslation("user-import.column.row"), in.getTranslation("user-import.column.email"),
                    in.getTranslation("user-import.column.outcome"), in.getTranslation("user-import.column.problem"));
            for (RowResult result : results) {
                printer.printRecord(result.row(), UserCsvFormat.neutralised(result.email()),
                        in.getTranslation("user-import.outcome." + result.outcome().name()),
                        UserCsvFormat.neutralised(ProblemTexts.of(in, result.problem())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
