package dev.kith;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (a browser, the bundled model, a database). When it is
 * missing, the test fails in CI (the environment variable {@code CI} set, as CI sets it) and is
 * skipped elsewhere with a line on the build's console naming what was not tested: never a silent skip.
 */
public final class Prerequisite {
    /** The lines already printed: a missing database is named once, not once per test. */
    private static final java.util.Set<String> PRINTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Prerequisite() {
    }

    /**
     * Returns when {@code available}; otherwise fails the test in CI, or prints
     * "NOT TESTED: {@code untested}: {@code why}" and skips it.
     */
    public static void require(boolean available, String untested, String why) {
        if (available) {
            return;
        }
        String line = "NOT TESTED: " + untested + ": " + why;
        if (inCi(System.getenv("CI"))) {
            Assertions.fail(line + " (CI is set, so a missing prerequisite fails the run)");
        }
        visible(line);
        Assumptions.abort(line);
    }

    /** Whether {@code ci}, the value of {@code CI}, says this run is CI's: set, and not "false" or empty. */
    static boolean inCi(String ci) {
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    /**
     * Prints on the process's own standard error, which the build's console shows even where the test
     * runner sends the tests' output to report files.
     */
    private static void visible(String line) {
        System.err.println(line);
        if (!PRINTED.add(line)) {
            return;
        }
        @SuppressWarnings("resource") // the process's standard error stays open
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println("[kith] " + line);
        err.flush();
    }
}
