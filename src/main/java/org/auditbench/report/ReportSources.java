package org.auditbench.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.auditbench.rules.api.RuleMetadata;

/**
 * Everything a report shows, as the report writer asks for it. Lists that can be long arrive one row at
 * a time so a million findings never sit in memory.
 */
public interface ReportSources {

    ReportScope scope();

    /** The findings of the scan, worst first, each with its standing decision. */
    void forEachFinding(Consumer<ReportFinding> consumer) throws ReportException;

    /** Every entry of the review ordered by owner (entries without owner last). */
    void forEachEntryByOwner(Consumer<ReportEntry> consumer) throws ReportException;

    /** Entries expired, expiring within the policy's window, or without expiry; soonest first. */
    void forEachExpiryConcern(Consumer<ReportEntry> consumer) throws ReportException;

    /** One comparison per source of the review. */
    List<Comparison> comparisons();

    void forEachChange(Comparison comparison, Consumer<ChangeRow> consumer) throws ReportException;

    List<OwnerCount> topOwners(int limit) throws ReportException;

    /** How many distinct owners the findings fall on. */
    long ownerCount() throws ReportException;

    List<WaiverRow> waivers() throws ReportException;

    Optional<SignoffInfo> signoff() throws ReportException;

    ReviewStats statistics() throws ReportException;

    String decisionsSha256() throws ReportException;

    /** The rules of this build with their metadata, in catalogue order. */
    List<RuleMetadata> rules();

    /** Catalogue ids this build does not ship a rule for (stated in the Method sheet). */
    List<String> missingRules();
}
