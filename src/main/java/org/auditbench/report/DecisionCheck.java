package org.auditbench.report;

import java.util.List;

/**
 * The outcome of reading a returned workbook.
 *
 * @param rows      finding rows read
 * @param unchanged rows whose status, comment and waiver date equal the standing decision
 */
public record DecisionCheck(String period, long rows, long unchanged, List<Decision> decisions,
                            List<RowProblem> problems) {

    public DecisionCheck {
        decisions = List.copyOf(decisions);
        problems = List.copyOf(problems);
    }
}
