package dev.kith.store;

import dev.kith.core.KithException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a database to the current schema with Flyway; the dialect picks the SQL folder. */
final class Migrations {
    private Migrations() {
    }

    static void apply(DataSource dataSource, Dialect dialect) {
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
}
