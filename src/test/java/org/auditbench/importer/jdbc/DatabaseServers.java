package org.auditbench.importer.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The PostgreSQL and MariaDB servers of the development machines and CI (TOOLCHAIN.md). */
final class DatabaseServers {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String POSTGRES_ADMIN = "postgres";
    static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";
    static final String MARIADB_ADMIN = "root";

    private DatabaseServers() {
    }

    /** An admin connection, or null (with the reason in {@code why[0]}) when the server does not answer. */
    static Connection admin(String url, String user, String[] why) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("connectTimeout", url.contains("postgresql") ? "3" : "3000");
        p.setProperty("loginTimeout", "3");
        try {
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            why[0] = url + " is not reachable (" + e.getMessage() + "); database integration tests skipped";
            return null;
        }
    }
}
