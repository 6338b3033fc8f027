package org.auditbench.gui.entries;

import static org.auditbench.gui.controls.FormParts.sectionTitle;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.auditbench.gui.controls.FormParts;
import org.auditbench.gui.controls.FieldGrid;
import org.auditbench.gui.controls.SeverityBadge;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.auditbench.model.Entry;
import org.auditbench.model.Finding;
import org.auditbench.model.FindingTriage;
import org.auditbench.workspace.TriagedFinding;
import org.auditbench.workspace.EntryHistoryDao.Version;
import org.auditbench.workspace.EntrySummary;

/** The entry detail: every field (extra columns included), its findings with evidence, its history. */
final class EntryDetailPane extends ScrollPane {

    static final String ID = "entry-detail";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final VBox content = new VBox(10);

    EntryDetailPane() {
        setId(ID);
        getStyleClass().addAll("detail-scroll", "edge-to-edge");
        setFitToWidth(true);
        content.getStyleClass().add("detail-pane");
        content.setPadding(new Insets(12, 16, 16, 16));
        setContent(content);
        show(null, null);
    }

    void show(EntryDetail detail, EntrySummary summary) {
        content.getChildren().clear();
        if (detail == null) {
            Label hint = new Label("Select an entry to see all its fields, its findings with evidence and its"
                    + " history across snapshots.");
            hint.setWrapText(true);
            hint.getStyleClass().add(Theme.MUTED);
            content.getChildren().add(hint);
            return;
        }
        Entry e = detail.entry();
        Label title = new Label(e.key() + (e.protocol() == null ? "" : "  ·  " + e.protocol()));
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        content.getChildren().add(title);
        if (summary != null && summary.id() == e.id()) {
            Highlights.explain(summary).ifPresent(text -> {
                Label why = new Label(text, Icons.icon(Highlights.kind(summary).get() == Highlights.Kind.EXTERNAL
                        ? Icons.EXTERNAL : Icons.RESERVED));
                why.setWrapText(true);
                why.getStyleClass().addAll(FormParts.CALLOUT, Highlights.kind(summary).get() == Highlights.Kind.EXTERNAL
                        ? FormParts.CALLOUT_WARNING : FormParts.CALLOUT_DANGER);
                why.setMaxWidth(Double.MAX_VALUE);
                content.getChildren().add(why);
            });
        }
        content.getChildren().addAll(sectionTitle("Fields"), fields(detail));
        if (!e.extra().isEmpty()) {
            FieldGrid extra = new FieldGrid();
            for (Map.Entry<String, String> x : e.extra().entrySet()) {
                extra.add(x.getKey(), x.getValue());
            }
            content.getChildren().addAll(sectionTitle("Source columns not mapped (" + e.extra().size() + ")"), extra);
        }
        content.getChildren().add(sectionTitle("Findings (" + detail.findings().size() + ")"));
        if (detail.findings().isEmpty()) {
            content.getChildren().add(muted("No rule fired on this entry in the latest scan."));
        }
        for (TriagedFinding f : detail.findings()) {
            content.getChildren().add(finding(f));
        }
        content.getChildren().add(sectionTitle("History across snapshots of " + (detail.snapshot() == null ? "its source"
                : detail.snapshot().sourceName())));
        content.getChildren().add(history(detail));
    }

    private static FieldGrid fields(EntryDetail detail) {
        Entry e = detail.entry();
        FieldGrid grid = new FieldGrid();
        grid.add("Domain", e.domain() + (e.keyKind().isPattern() ? " (" + e.keyKind().id() + " pattern)" : ""));
        grid.add("Address", e.address());
        grid.add("Protocol", e.protocol());
        grid.add("Target", e.target() == null ? null : e.target() + (e.port() == null ? "" : ":" + e.port())
                + (e.targetRaw() != null && !e.targetRaw().equals(e.target()) ? "   (written " + e.targetRaw() + ")" : ""));
        grid.add("Target kind", e.targetKind().id());
        grid.add("Encryption", e.encryption());
        grid.add("Username", e.username());
        grid.add("Owner", e.owner());
        grid.add("Justification", e.justification());
        grid.add("Created", e.created());
        grid.add("Expires", e.expires());
        grid.add("Reviewed", e.reviewed());
        grid.add("Environment", e.environment());
        grid.add("Layer", e.layer());
        grid.add("Domain facts", facts(e.domainFacts().registrable(), e.domainFacts().reserved()));
        grid.add("Target facts", facts(e.targetFacts().registrable(), e.targetFacts().reserved()));
        grid.add("Source", (detail.snapshot() == null ? "" : detail.snapshot().sourceName() + " "
                + (detail.snapshot().label() == null ? "" : detail.snapshot().label() + ", ")) + e.sourceRow());
        return grid;
    }

    private static String facts(String registrable, String reserved) {
        StringBuilder out = new StringBuilder();
        if (registrable != null) {
            out.append("registrable domain ").append(registrable);
        }
        if (reserved != null) {
            out.append(out.length() == 0 ? "" : "; ").append("reserved under ").append(reserved);
        }
        return out.toString();
    }

    private static VBox finding(TriagedFinding listed) {
        Finding f = listed.finding();
        FindingTriage t = listed.triage();
        Label status = new Label(t.status().id());
        status.getStyleClass().addAll("status-pill", "status-" + t.status().id());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox head = new HBox(8, SeverityBadge.of(f.severity()), new Label(f.rule()), spacer, status);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label message = new Label(f.message());
        message.setWrapText(true);
        Label evidence = new Label(f.evidence());
        evidence.setWrapText(true);
        evidence.getStyleClass().addAll(Theme.MUTED, "evidence");
        VBox box = new VBox(4, head, message, evidence);
        String decision = triageLine(t);
        if (decision != null) {
            Label triage = new Label(decision);
            triage.setWrapText(true);
            triage.getStyleClass().add(Theme.MUTED);
            box.getChildren().add(triage);
        }
        box.getStyleClass().add("finding-card");
        return box;
    }

    /** Who decided what, and the waiver's reason and last day; null for a finding nobody decided about. */
    static String triageLine(FindingTriage t) {
        if (t.decidedBy() == null && t.waiverUntil() == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (t.decidedBy() != null) {
            out.append("Decided by ").append(t.decidedBy());
            if (t.decidedAt() != null) {
                out.append(" on ").append(DAY.format(t.decidedAt()));
            }
        }
        if (t.waiverUntil() != null) {
            out.append(out.length() == 0 ? "" : " · ").append(t.waiverStatus() == null ? "waiver" : t.waiverStatus().id())
                    .append(t.waiverExpired() ? " lapsed on " : " until ").append(t.waiverUntil());
            if (t.waiverReason() != null) {
                out.append(": ").append(t.waiverReason());
            }
        }
        if (t.comment() != null) {
            out.append(" · “").append(t.comment()).append('”');
        }
        return out.toString();
    }

    private static FieldGrid history(EntryDetail detail) {
        FieldGrid grid = new FieldGrid();
        for (Version v : detail.history()) {
            String name = (v.snapshotLabel() == null ? "snapshot " + v.snapshotId() : v.snapshotLabel())
                    + (v.importedAt() == null ? "" : " (" + DAY.format(v.importedAt()) + ")");
            String text;
            if (!v.present()) {
                text = "not present";
            } else {
                text = (v.target() == null ? "(no target)" : v.target() + (v.port() == null ? "" : ":" + v.port()))
                        + "  ·  owner " + (v.owner() == null ? "—" : v.owner())
                        + "  ·  expires " + (v.expires() == null ? "—" : v.expires())
                        + (v.entryId() == detail.entry().id() ? "  (this entry)" : "");
            }
            grid.add(name, text);
        }
        return grid;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Theme.MUTED);
        return label;
    }
}
