package org.auditbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.auditbench.model.TriageStatus;
import org.auditbench.triage.TriageException;

/** Parses option values the triage commands take, with messages naming the option. */
final class CliValues {

    private CliValues() {
    }

    static LocalDate date(String option, String value) throws TriageException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TriageException(option + " '" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2027-06-30)");
        }
    }

    static TriageStatus status(String option, String value) throws TriageException {
        try {
            return TriageStatus.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TriageException(option + ": " + e.getMessage());
        }
    }
}
