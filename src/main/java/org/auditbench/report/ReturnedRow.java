package org.auditbench.report;

/**
 * What a reviewer left in one row of a returned workbook's Findings sheet, as text.
 *
 * @param row the row number as Excel shows it (1 = the header)
 */
public record ReturnedRow(String sheet, int row, String fingerprint, String status, String comment,
                          String waiverUntil) {

    public String where() {
        return sheet + " row " + row;
    }
}
