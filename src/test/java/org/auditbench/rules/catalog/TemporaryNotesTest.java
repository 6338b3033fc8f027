package org.auditbench.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemporaryNotesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Temporary until 30 June 2023 | 2023-06-30",
        "temporary until 2025-09-30, CHG-1 | 2025-09-30",
        "remove after Q2 2024 | 2024-06-30",
        "remove by 2024 Q4 | 2024-12-31",
        "temp until 06/2023 | 2023-06-30",
        "until end of 2023 | 2023-12-31",
        "through June 2024 | 2024-06-30",
        "valid until June 30, 2026 | 2026-06-30",
        "Temporary through 2025-09-30 during the move | 2025-09-30",
        "until 30/11/2026 | 2026-11-30",
        "until 11/30/2026 | 2026-11-30",
        "interim relay thru H1 2025 | 2025-06-30",
        "until 2024-03 then remove | 2024-03-31",
        "Temporary until 1st March 2024; extended until 31 May 2024 | 2024-05-31",
    })
    void readsThePromisedEnd(String text, String expected) {
        assertThat(TemporaryNotes.find(text)).map(TemporaryNotes.Deadline::date).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Moved off gms2 cluster in 2023",
        "Migrated in 2023 through the partner portal",
        "temporary relay for the acquisition, CHG-16110",
        "temporary marketing 2024 campaign",
        "Onboarded in June 2023, CHG-1",
        "until 31/02/2024",
        "",
    })
    void findsNothingWithoutATriggerAndADate(String text) {
        assertThat(TemporaryNotes.find(text)).isEmpty();
    }
}
