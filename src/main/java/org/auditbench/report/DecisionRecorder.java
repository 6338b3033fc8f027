package org.auditbench.report;

import java.util.List;

/** Records decisions read back from a workbook; the triage module provides it. */
public interface DecisionRecorder {

    /** Records all decisions in one transaction, or none of them. */
    void record(List<Decision> decisions) throws ReportException;
}
