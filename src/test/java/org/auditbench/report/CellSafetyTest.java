package org.auditbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellSafetyTest {

    @Test
    void recognisesEveryFormulaLead() {
        for (String risky : new String[] {"=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "＝1"}) {
            assertThat(CellSafety.formulaLike(risky)).as(risky).isTrue();
            assertThat(CellSafety.forCsv(risky)).isEqualTo("'" + risky);
        }
        for (String plain : new String[] {"mail.contoso.com", "a=b", " 1", "", "CHG-1"}) {
            assertThat(CellSafety.formulaLike(plain)).as(plain).isFalse();
            assertThat(CellSafety.forCsv(plain)).isEqualTo(plain);
        }
        assertThat(CellSafety.formulaLike(null)).isFalse();
    }

    @Test
    void replacesCharactersXmlCannotHoldAndKeepsTabsAndNewlines() {
        assertThat(CellSafety.cellText("a\u0000b\u0007c\td\ne\rf\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\rf\uFFFD");
        assertThat(CellSafety.cellText("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
        assertThat(CellSafety.cellText("pair \uD83D\uDE00 kept")).isEqualTo("pair \uD83D\uDE00 kept");
    }

    @Test
    void cutsTextToExcelsCellLimitAndSaysSo() {
        String cut = CellSafety.cellText("x".repeat(40_000));
        assertThat(cut).hasSize(CellSafety.MAX_CELL_TEXT).endsWith("[cut: 40000 characters in the workspace]");
    }
}
