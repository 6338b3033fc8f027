package org.auditbench.gui.importing;

import java.util.Arrays;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.auditbench.gui.session.WorkspaceAccess;
import org.auditbench.importer.ImportException;
import org.auditbench.importer.ImportInput;
import org.auditbench.importer.SourceSelection;
import org.auditbench.importer.jdbc.JdbcImporter;
import org.auditbench.importer.jdbc.SelectStatements;

/**
 * The database page of the import wizard: a JDBC URL, user and password, and a table (or view) or a
 * SELECT. The password is held in memory only while the wizard is open — never in a property, the
 * preferences or the workspace — and wiped when the wizard closes; the URL must not contain one.
 */
public final class JdbcSource {

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty table = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    private final StringProperty tablesStatus = new SimpleStringProperty();
    private final BooleanProperty listing = new SimpleBooleanProperty();
    private final StringBinding problem = Bindings.createStringBinding(this::firstProblem, url, table, query);
    private char[] password;

    private String firstProblem() {
        String u = url.get().strip();
        if (u.isEmpty()) {
            return "Enter a JDBC URL, e.g. jdbc:postgresql://db.example.org:5432/config";
        }
        if (!u.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            return "A JDBC URL starts with jdbc: (jdbc:postgresql://…, jdbc:mariadb://…, jdbc:mysql://…)";
        }
        boolean hasTable = !table.get().isBlank();
        boolean hasQuery = !query.get().isBlank();
        if (hasTable && hasQuery) {
            return "Give either a table or a query, not both";
        }
        if (!hasTable && !hasQuery) {
            return "Name the table or view to import (List tables shows them), or write a SELECT";
        }
        return null;
    }

    /** Keeps a copy of the password for this wizard; the caller should wipe its own array. */
    public void setPassword(char[] secret) {
        forgetPassword();
        password = secret == null || secret.length == 0 ? null : secret.clone();
    }

    /** Wipes the password held for this wizard. */
    public void forgetPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }

    /** A new importer holding its own copy of the credentials; the caller clears it when done. */
    JdbcImporter importer() {
        return new JdbcImporter(user.get().isBlank() ? null : user.get().strip(), password);
    }

    ImportInput input() throws ImportException {
        return JdbcImporter.input(url.get().strip());
    }

    SourceSelection selection() {
        return new SourceSelection(null, table.get(), query.get(), null);
    }

    /** The default source name: the table, or "query" for a SELECT. */
    String defaultSourceName() {
        return table.get().isBlank() ? "query" : table.get().strip().toLowerCase(Locale.ROOT);
    }

    /** Lists the tables and views the user can see, off the FX thread. */
    public void listTables(WorkspaceAccess access) {
        if (url.get().isBlank()) {
            tablesStatus.set("Enter the JDBC URL first.");
            return;
        }
        JdbcImporter importer = importer();
        listing.set(true);
        tablesStatus.set("Connecting…");
        access.task("Listing the tables of " + JdbcImporter.redact(url.get().strip()), p -> {
            try {
                return importer.tables(input()).stream().map(JdbcSource::qualified).toList();
            } finally {
                importer.clearPassword();
            }
        }, names -> {
            listing.set(false);
            tables.setAll(names);
            tablesStatus.set(names.isEmpty() ? "The database shows this user no tables or views."
                    : names.size() + " tables and views.");
        }, failure -> {
            listing.set(false);
            tablesStatus.set(failure.message());
        });
    }

    private static String qualified(SelectStatements.Table t) {
        String prefix = t.schema() != null && !t.schema().isEmpty() ? t.schema()
                : t.catalog() != null && !t.catalog().isEmpty() ? t.catalog() : null;
        return prefix == null ? t.name() : prefix + "." + t.name();
    }

    public StringProperty url() {
        return url;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty table() {
        return table;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<String> tables() {
        return tables;
    }

    public StringProperty tablesStatus() {
        return tablesStatus;
    }

    public BooleanProperty listing() {
        return listing;
    }

    /** What keeps the connection from being tried, or null. */
    public StringBinding problem() {
        return problem;
    }
}
