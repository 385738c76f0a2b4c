package dev.kith.store;

import dev.kith.core.KithException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database to the current schema with Flyway; the dialect picks the SQL folder.
 * Flyway costs most of a second to start, so a database whose history already ends at
 * {@link #LATEST} successfully is left alone (see docs/decisions.md).
 */
final class Migrations {
    /** The version of the newest migration file in both {@code db/migration} folders; a test keeps it honest. */
    static final String LATEST = "29";

    private Migrations() {
    }

    static void apply(DataSource dataSource, Dialect dialect) {
        if (upToDate(dataSource)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new KithException("cannot migrate the database: " + e.getMessage(), e);
        }
    }

    /** Whether the last successful migration recorded is {@link #LATEST}; false when there is no history yet. */
    static boolean upToDate(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                return rs.next() && LATEST.equals(rs.getString(1)) && rs.getBoolean(2);
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
