package org.auditbench.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "2026-12-31               | 2026-12-31",
        "2026/12/31               | 2026-12-31",
        "2026-1-5                 | 2026-01-05",
        "2026-06-30T00:00:00Z     | 2026-06-30",
        "2026-06-30T23:30:00-02:00 | 2026-07-01",
        "2026-06-30 10:15:00      | 2026-06-30",
        "30/06/2026               | 2026-06-30",
        "30.06.2026               | 2026-06-30",
        "06/30/2026               | 2026-06-30",
        "05/04/2026               | 2026-04-05",
        "30 June 2026             | 2026-06-30",
        "30 Jun 2026              | 2026-06-30",
        "June 30, 2026            | 2026-06-30",
        "30-Jun-2026              | 2026-06-30",
        "20261231                 | 2026-12-31",
        "46022                    | 2025-12-31",
        "46022.5                  | 2025-12-31",
        "1767139200               | 2025-12-31",
        "1767139200000            | 2025-12-31",
    })
    void readsTheSpellingsExportsUse(String raw, LocalDate expected) throws Exception {
        assertThat(DateParser.parse(raw)).isEqualTo(expected);
    }

    @Test
    void blankIsNoDate() throws Exception {
        assertThat(DateParser.parse("  ")).isNull();
        assertThat(DateParser.parse(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"31/31/2024", "2026-02-30", "next tuesday", "Q4", "31 Februar 2026", "12345678901"})
    void refusesWhatIsNotADateAndSaysWhich(String raw) {
        assertThatThrownBy(() -> DateParser.parse(raw)).isInstanceOf(DateParser.DateFormatException.class)
                .hasMessageContaining("'" + raw + "'");
    }
}
