package org.auditbench.cli;

/** How listing commands print: for people, or as JSON for pipelines. */
enum OutputFormat {
    TEXT, JSON
}
