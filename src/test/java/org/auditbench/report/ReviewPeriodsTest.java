package org.auditbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewPeriodsTest {

    @Test
    void namesQuartersAndChecksSpellings() {
        assertThat(ReviewPeriods.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo("2026Q4");
        assertThat(ReviewPeriods.quarterOf(LocalDate.of(2027, 1, 1))).isEqualTo("2027Q1");
        assertThat(ReviewPeriods.check("2026q3")).isEqualTo("2026Q3");
        assertThat(ReviewPeriods.check("2026-10-01..2026-12-31")).isEqualTo("2026-10-01..2026-12-31");
        assertThatThrownBy(() -> ReviewPeriods.check("2026Q5")).hasMessageContaining("not a quarter");
        assertThatThrownBy(() -> ReviewPeriods.check("2026-12-31..2026-10-01")).hasMessageContaining("ends before");
        assertThatThrownBy(() -> ReviewPeriods.check("2026-02-30..2026-03-01")).hasMessageContaining("impossible date");
    }
}
