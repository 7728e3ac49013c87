package org.extranet.user.csv;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The file's shape, shared by the export, the import and the import's report: the columns by
 * their header names, RFC 4180 quoting, and cells that a spreadsheet would run as a formula
 * written with a leading apostrophe (which the import takes off again).
 */
final class UserCsvFormat {

    static final String EMAIL = "email";
    static final String FIRST_NAME = "first_name";
    static final String LAST_NAME = "last_name";
    static final String PHONE = "phone";
    static final String LANGUAGE = "language";
    static final String PERMISSIONS = "permissions";
    static final String STATUS = "status";
    static final String LAST_SIGN_IN = "last_sign_in";
    static final List<String> HEADER = List.of(EMAIL, FIRST_NAME, LAST_NAME, PHONE, LANGUAGE, PERMISSIONS, STATUS,
            LAST_SIGN_IN);
    /** Without it Excel reads UTF-8 as the system's code page, and Polish letters come out wrong. */
    static final char BOM = '\uFEFF';
    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final CSVFormat WRITING = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private UserCsvFormat() {
    }

    /**
     * The cell as a spreadsheet will not run it: a leading {@code = + - @}, tab or carriage return
     * gets an apostrophe before it (OWASP's CSV injection advice); so does a cell that already
     * starts with an apostrophe before one of them, so that the import restores it exactly.
     */
    static String neutralised(String cell) {
        boolean formula = !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
        return formula || !restored(cell).equals(cell) ? "'" + cell : cell;
    }

    /** What {@link #neutralised} made of a cell, undone. */
    static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                || cell.startsWith("''") ? cell.substring(1) : cell;
    }
}
