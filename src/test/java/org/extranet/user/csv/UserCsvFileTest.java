package org.extranet.user.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.extranet.base.Refusal;
import org.junit.jupiter.api.Test;

/** The file's shape on its own: formula cells, the reader's refusals of hostile files, headers and delimiters. */
class UserCsvFileTest {

    @Test
    void cells_a_spreadsheet_would_run_get_an_apostrophe_and_the_import_takes_it_off() {
        for (String cell : new String[] {"=HYPERLINK(\"http://evil\")", "+48 600 100 200", "-2+3", "@SUM(A1)",
                "\tx", "\rx"}) {
            assertThat(UserCsvFormat.neutralised(cell)).isEqualTo("'" + cell);
            assertThat(UserCsvFormat.restored(UserCsvFormat.neutralised(cell))).isEqualTo(cell);
        }
        for (String cell : new String[] {"Anna", "", "'", "'abc", "'=x", "''=x", "a=b", "O'Brien"}) {
            assertThat(UserCsvFormat.restored(UserCsvFormat.neutralised(cell))).as(cell).isEqualTo(cell);
        }
        assertThat(UserCsvFormat.neutralised("Anna")).isEqualTo("Anna");
    }

    @Test
    void headers_are_found_in_any_case_and_order_and_a_semicolon_file_is_read_too() {
        var file = UserCsvReader.read(bytes("\uFEFFLast_Name;EMAIL;First_name;Language\r\n"
                + "Wiśniewska;ewa@example.com;Ewa;PL\r\n\"Nowak; Jr\";\"jan@example.com\";Jan;\r\n"));

        assertThat(file.rows()).containsExactly(
                new ImportRow(2, "ewa@example.com", "Ewa", "Wiśniewska", null, "PL", null),
                new ImportRow(3, "jan@example.com", "Jan", "Nowak; Jr", null, "", null));
    }

    @Test
    void a_neutralised_cell_is_read_back_as_it_was() {
        var file = UserCsvReader.read(bytes("email,first_name,last_name,phone\nx@example.com,'=Ann,'-Lee,'+48 1\n"));

        assertThat(file.rows().getFirst()).isEqualTo(new ImportRow(2, "x@example.com", "=Ann", "-Lee", "+48 1", null, null));
    }

    @Test
    void a_file_that_is_not_utf_8_is_refused() {
        byte[] latin2 = "email,first_name,last_name\nz@example.com,Łucja,Żak\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));

        assertThatThrownBy(() -> UserCsvReader.read(latin2)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("user-import.refused.not-utf8");
    }

    @Test
    void quotation_marks_that_do_not_pair_up_are_refused() {
        assertRefused("email,first_name,last_name\n\"a@example.com,Ann,Lee\nb@example.com,Bo,Li\n", "user-import.refused.quotes");
        assertRefused("email,first_name,last_name\n\"a@example.com\"x,Ann,Lee\n", "user-import.refused.quotes");
    }

    @Test
    void a_file_without_a_required_column_or_with_one_twice_or_without_rows_is_refused() {
        assertRefused("email,first_name\na@example.com,Ann\n", "user-import.refused.columns");
        assertRefused("email,first_name,last_name,EMAIL\na@example.com,Ann,Lee,b@example.com\n", "user-import.refused.column-twice");
        assertRefused("email,first_name,last_name\n", "user-import.refused.empty");
        assertRefused("", "user-import.refused.columns");
    }

    @Test
    void ten_thousand_rows_are_read_and_one_more_is_refused() {
        assertThat(UserCsvReader.read(rows(UserCsvReader.MAX_ROWS)).rows()).hasSize(UserCsvReader.MAX_ROWS);
        assertRefused(rows(UserCsvReader.MAX_ROWS + 1), "user-import.refused.too-many-rows");
    }

    /** Within the size limit a file of short lines can hold many rows: reading stops at the first row too many. */
    @Test
    void six_hundred_thousand_short_rows_are_refused_at_the_row_limit() {
        var text = new StringBuilder("email,first_name,last_name\n");
        text.append("a,b,c\n".repeat(600_000));
        byte[] file = bytes(text.toString());
        assertThat(file.length).isLessThanOrEqualTo(UserCsvReader.MAX_BYTES);

        assertRefused(file, "user-import.refused.too-many-rows");
    }

    @Test
    void repeated_addresses_are_found_in_any_letter_case() {
        var file = UserCsvReader.read(bytes("email,first_name,last_name\na@example.com,A,A\nb@example.com,B,B\nA@Example.COM,C,C\n"));

        assertThat(file.repeatedAddresses()).containsExactly(java.util.Map.entry(4, 2));
    }

    private static byte[] rows(int count) {
        var text = new StringBuilder("email,first_name,last_name\n");
        for (int i = 0; i < count; i++) {
            text.append("user").append(i).append("@example.com,Anna,Nowak\n");
        }
        return bytes(text.toString());
    }

    private static void assertRefused(String text, String key) {
        assertRefused(bytes(text), key);
    }

    private static void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> UserCsvReader.read(file)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo(key);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
