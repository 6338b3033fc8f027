package org.auditbench.report;

/** A row of a returned workbook that was not applied, and why. */
public record RowProblem(String sheet, int row, String fingerprint, String reason) {

    @Override
    public String toString() {
        return sheet + " row " + row + ": " + reason;
    }
}
