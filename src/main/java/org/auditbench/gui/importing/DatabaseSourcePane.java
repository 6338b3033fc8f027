package org.auditbench.gui.importing;

import static org.auditbench.gui.controls.FormParts.boundField;
import static org.auditbench.gui.controls.FormParts.formGrid;
import static org.auditbench.gui.controls.FormParts.muted;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.auditbench.gui.controls.FormParts;
import org.auditbench.gui.theme.Icons;
import org.auditbench.gui.theme.Theme;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The wizard's database form: JDBC URL, user, password (handed to the model when connecting; the model keeps
 * it in memory until the wizard closes), and a table — listed from the database — or a SELECT; "Connect and
 * preview" reads the first rows over a read-only connection.
 */
final class DatabaseSourcePane extends VBox {

    static final String URL_ID = "wizard-jdbc-url";
    static final String USER_ID = "wizard-jdbc-user";
    static final String PASSWORD_ID = "wizard-jdbc-password";
    static final String TABLE_ID = "wizard-jdbc-table";
    static final String QUERY_ID = "wizard-jdbc-query";
    static final String CONNECT_ID = "wizard-jdbc-connect";

    private final PasswordField password = new PasswordField();

    DatabaseSourcePane(ImportWizardViewModel model) {
        super(12);
        JdbcSource jdbc = model.jdbc();
        Label intro = new Label("Read a table, view or SELECT of a database server. The connection is read-only;"
                + " the password is used for this import only and never stored.");
        intro.setWrapText(true);
        TextField url = boundField(jdbc.url(), URL_ID, "jdbc:postgresql://db.example.org:5432/config");
        TextField user = boundField(jdbc.user(), USER_ID, "database user");
        password.setId(PASSWORD_ID);
        password.setPromptText("password (never stored)");
        ComboBox<String> table = new ComboBox<>(jdbc.tables());
        table.setId(TABLE_ID);
        table.setEditable(true);
        table.setPromptText("schema.table or view");
        table.getEditor().textProperty().bindBidirectional(jdbc.table());
        table.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(table, Priority.ALWAYS);
        Button list = new Button("List tables", Icons.icon(Icons.SOURCES));
        list.disableProperty().bind(jdbc.listing());
        list.setOnAction(e -> {
            handOverPassword(jdbc);
            model.listTables();
        });
        TextArea query = new TextArea();
        query.setId(QUERY_ID);
        query.setPromptText("or a SELECT statement instead of a table");
        query.setPrefRowCount(3);
        query.setWrapText(true);
        query.textProperty().bindBidirectional(jdbc.query());
        Label tablesStatus = new Label();
        tablesStatus.getStyleClass().add(Theme.MUTED);
        tablesStatus.setWrapText(true);
        tablesStatus.textProperty().bind(jdbc.tablesStatus());
        GridPane grid = formGrid();
        grid.addRow(0, muted("URL"), url);
        grid.addRow(1, muted("User"), user);
        grid.addRow(2, muted("Password"), password);
        grid.addRow(3, muted("Table"), new HBox(8, table, list));
        grid.add(tablesStatus, 1, 4);
        grid.addRow(5, muted("Query"), query);
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(url, false, Validator.createPredicateValidator(
                v -> v != null && v.toString().strip().toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:"),
                "A JDBC URL such as jdbc:postgresql://host:5432/db or jdbc:mariadb://host:3306/db"));
        Button connect = new Button("Connect and preview", Icons.icon(Icons.SCAN));
        connect.setId(CONNECT_ID);
        connect.getStyleClass().add(FormParts.ACCENT);
        connect.disableProperty().bind(jdbc.problem().isNotNull().or(model.reading()));
        connect.setOnAction(e -> {
            handOverPassword(jdbc);
            model.connect();
        });
        Label problem = new Label();
        problem.getStyleClass().add(Theme.MUTED);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> jdbc.problem().get() == null
                ? "Drivers included: PostgreSQL, MariaDB/MySQL." : jdbc.problem().get(), jdbc.problem()));
        HBox actions = new HBox(12, connect, problem);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(intro, grid, actions);
    }

    /** Gives the model a copy of the typed password for this wizard and wipes the array read from the field. */
    private void handOverPassword(JdbcSource jdbc) {
        char[] typed = password.getText().toCharArray();
        jdbc.setPassword(typed);
        java.util.Arrays.fill(typed, '\0');
    }
}
