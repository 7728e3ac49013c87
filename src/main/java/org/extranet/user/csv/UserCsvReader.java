package org.extranet.user.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.extranet.base.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded file into rows, or refuses it as a whole with a reason the user can act on:
 * not UTF-8, quotation marks that do not pair up, a required column missing or twice, no rows, or
 * more rows than one import takes (it stops reading at the first row too many). Columns are found
 * by their header, in any letter case and order; the delimiter is a comma or, as Excel writes CSV
 * in Polish, a semicolon, whichever the header line has more of.
 */
public final class UserCsvReader {

    /** The largest file taken; the upload stops reading past it. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    private static final List<String> REQUIRED = List.of(UserCsvFormat.EMAIL, UserCsvFormat.FIRST_NAME,
            UserCsvFormat.LAST_NAME);

    private UserCsvReader() {
    }

    public static ImportFile read(byte[] bytes) {
        String text = decoded(bytes);
        if (!text.isEmpty() && text.charAt(0) == UserCsvFormat.BOM) {
            text = text.substring(1);
        }
        var format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            var rows = new ArrayList<ImportRow>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new Refusal("user-import.refused.too-many-rows", MAX_ROWS);
                }
                rows.add(row(rows.size() + 2, record, columns));
            }
            if (rows.isEmpty()) {
                throw new Refusal("user-import.refused.empty");
            }
            return new ImportFile(rows);
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV's only complaints about a well-decoded text are about its quotation marks.
            throw new Refusal("user-import.refused.quotes");
        }
    }

    private static String decoded(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal("user-import.refused.not-utf8");
        }
    }

    /** A semicolon when the header line (outside quotes) has more semicolons than commas. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Map<String, Integer> columns(List<String> headers) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i) == null ? "" : headers.get(i).strip().toLowerCase(Locale.ROOT);
            if (UserCsvFormat.HEADER.contains(name) && columns.putIfAbsent(name, i) != null) {
                throw new Refusal("user-import.refused.column-twice", name);
            }
        }
        var missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new Refusal("user-import.refused.columns", String.join(", ", missing));
        }
        return columns;
    }

    private static ImportRow row(int number, CSVRecord record, Map<String, Integer> columns) {
        return new ImportRow(number, cell(record, columns, UserCsvFormat.EMAIL),
                cell(record, columns, UserCsvFormat.FIRST_NAME), cell(record, columns, UserCsvFormat.LAST_NAME),
                optional(record, columns, UserCsvFormat.PHONE), optional(record, columns, UserCsvFormat.LANGUAGE),
                optional(record, columns, UserCsvFormat.PERMISSIONS));
    }

    private static @Nullable String optional(CSVRecord record, Map<String, Integer> columns, String name) {
        return columns.containsKey(name) ? cell(record, columns, name) : null;
    }

    /** A cell beyond the end of a short line is empty. */
    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? "" : UserCsvFormat.restored(record.get(index).strip());
    }
}
