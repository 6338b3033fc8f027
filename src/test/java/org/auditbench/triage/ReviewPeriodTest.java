package org.auditbench.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {

    @Test
    void quartersHalvesMonthsYearsAndRanges() throws Exception {
        assertThat(ReviewPeriod.parse("2026Q4")).isEqualTo(new ReviewPeriod("2026Q4", LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-12-31")));
        assertThat(ReviewPeriod.parse(" 2026-q1 ")).isEqualTo(new ReviewPeriod("2026Q1", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-03-31")));
        assertThat(ReviewPeriod.parse("2026H2").start()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(ReviewPeriod.parse("2024-02").end()).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThat(ReviewPeriod.parse("2026").end()).isEqualTo(LocalDate.parse("2026-12-31"));
        ReviewPeriod range = ReviewPeriod.parse("2026-10-01..2026-12-31");
        assertThat(range.label()).isEqualTo("2026-10-01..2026-12-31");
        assertThat(range.sameDays(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(ReviewPeriod.parse("2026Q4").sameDays(range.start(), range.end())).isTrue();
    }

    @Test
    void badPeriodsSayWhatIsExpected() {
        assertThatThrownBy(() -> ReviewPeriod.parse("Q4 2026")).isInstanceOf(TriageException.class)
                .hasMessageContaining("'Q4 2026' is not understood").hasMessageContaining("2026Q4");
        assertThatThrownBy(() -> ReviewPeriod.parse("2026Q5")).isInstanceOf(TriageException.class);
        assertThatThrownBy(() -> ReviewPeriod.parse("2026-12-31..2026-10-01")).isInstanceOf(TriageException.class)
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> ReviewPeriod.parse("2026-02-30..2026-03-31")).isInstanceOf(TriageException.class)
                .hasMessageContaining("not a real date");
        assertThatThrownBy(() -> ReviewPeriod.parse("2026-13")).isInstanceOf(TriageException.class)
                .hasMessageContaining("not a real date");
    }
}
