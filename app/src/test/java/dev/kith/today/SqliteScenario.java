package dev.kith.today;

import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of Today on a fresh SQLite book in a temporary file: {@link #s}, closed after each test. */
abstract class SqliteScenario {
    protected TestDatabase db;
    protected Scenario s;

    @BeforeEach
    void openScenario() {
        db = TestDatabase.sqlite();
        s = new Scenario(db);
    }

    @AfterEach
    void closeScenario() {
        db.close();
    }
}
