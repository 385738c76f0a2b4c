package dev.kith.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the product's {@code dev.kith.cli.Main} in a child JVM on the test classpath, so a test can
 * kill it ({@code kill -9}: {@link Process#destroyForcibly()}) and then look at the database it wrote.
 */
public final class ChildKith {
    private ChildKith() {
    }

    /** Starts {@code kith args...} with {@code env} added to its environment; output goes to {@code log}. */
    static Process start(Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.kith.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (log != null) {
            pb.redirectOutput(log.toFile());
        }
        pb.environment().remove("KITH_DB");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs {@code kith args...} to its end (at most two minutes) and returns its exit code. */
    public static int run(Path log, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Process p = start(log, env, args);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("kith " + String.join(" ", args) + " did not finish: " + Files.readString(log));
        }
        return p.exitValue();
    }

    /** Kills {@code p} without warning (SIGKILL on Unix) and waits for it to be gone. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die");
        }
    }

    /** {@code PRAGMA integrity_check} of the SQLite file {@code db} (recovering its WAL as any opener would). */
    static String integrity(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getString(1));
            }
            return out.toString();
        }
    }

    /** The single number {@code sql} answers in the SQLite file {@code db}. */
    public static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The display names of the contacts in the SQLite file {@code db}. */
    static List<String> names(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT display_name FROM contacts")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
