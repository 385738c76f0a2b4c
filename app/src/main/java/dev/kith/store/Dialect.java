package dev.kith.store;

/** The two databases Kith runs on; SQL that differs between them is chosen by this. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** The classpath location of this dialect's Flyway migrations. */
    public String migrations() {
        return "classpath:db/migration/" + migrationFolder;
    }
}
