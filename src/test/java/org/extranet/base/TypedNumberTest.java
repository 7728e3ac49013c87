package org.extranet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.extranet.base.TypedNumber.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypedNumberTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1299             | 1299
            1299.00          | 1299.00
            1299,00          | 1299.00
            1 299,00         | 1299.00
            "1\u00a0299,00"  | 1299.00
            "1\u202f299,00"  | 1299.00
            1,299.00         | 1299.00
            1.299,00         | 1299.00
            1 299            | 1299
            1 299.50         | 1299.50
            12.5             | 12.5
            12,5             | 12.5
            0,125            | 0.125
            0.125            | 0.125
            ,5               | 0.5
            1299,000         | 1299.000
            1 299,000        | 1299.000
            1.299.000        | 1299000
            1,299,000        | 1299000
            1.299.000,50     | 1299000.50
            1,299,000.50     | 1299000.50
            "  42  "         | 42
            -12,5            | -12.5
            1.2345           | 1.2345
            """)
    void reads_what_is_unambiguous_in_either_language(String typed, BigDecimal expected) {
        var number = TypedNumber.read(typed);
        assertThat(number.refusal()).isNull();
        assertThat(number.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1,299            | AMBIGUOUS
            1.299            | AMBIGUOUS
            12.500           | AMBIGUOUS
            100,000          | AMBIGUOUS
            -1,299           | AMBIGUOUS
            abc              | NOT_A_NUMBER
            12 5             | NOT_A_NUMBER
            1 2999           | NOT_A_NUMBER
            "12,"            | NOT_A_NUMBER
            1.29.5           | NOT_A_NUMBER
            1,2.5            | NOT_A_NUMBER
            1.299,000.5      | NOT_A_NUMBER
            1 299.000,00     | NOT_A_NUMBER
            1e3              | NOT_A_NUMBER
            0x10             | NOT_A_NUMBER
            12.5 zł          | NOT_A_NUMBER
            +5               | NOT_A_NUMBER
            -                | NOT_A_NUMBER
            "١٢"             | NOT_A_NUMBER
            1111111111111111111111111111111111111111111111 | NOT_A_NUMBER
            """)
    void refuses_what_could_be_read_two_ways_or_is_no_number(String typed, Refusal refusal) {
        var number = TypedNumber.read(typed);
        assertThat(number.refusal()).isEqualTo(refusal);
        assertThat(number.value()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is blank")
    @CsvSource(quoteCharacter = '"', textBlock = """
            ""
            "   "
            "\u00a0"
            """)
    void blank_is_no_value_and_no_refusal(String typed) {
        assertThat(TypedNumber.read(typed)).isEqualTo(new TypedNumber(null, null));
    }
}
