package org.auditbench.cli;

/** How findings are printed: for people, for pipelines (JSON, SARIF 2.1.0) or for spreadsheets (CSV). */
enum FindingsFormat {
    TEXT, JSON, CSV, SARIF
}
