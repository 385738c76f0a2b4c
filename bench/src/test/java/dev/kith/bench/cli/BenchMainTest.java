package dev.kith.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench jar's command line takes kith's global options anywhere and exits as kith does. */
class BenchMainTest {
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = BenchMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void benchPathsRunsOnASmallKroneckerGraphWithJsonGivenBeforeOrAfter() {
        Run before = run("--json", "bench", "paths", "--kronecker", "6", "--queries", "50", "--warmup", "10");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.out()).contains("\"mismatches\" : 0", "\"kith\"");
        Run after = run("bench", "paths", "--kronecker", "6", "--queries", "50", "--warmup", "10", "--json");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).startsWith("{");
    }

    @Test
    void usageErrorsExitWithTwoAndNameTheOption() {
        Run both = run("bench", "paths", "--kronecker", "6", "--graph", "x.txt");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).startsWith("kith: --graph: give exactly one of --graph FILE or --kronecker SCALE");
        Run unknown = run("bench", "--frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--frobnicate'", "Try 'kith bench --help'");
        Run date = run("--today", "2026-13-01", "bench", "--no-process");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).startsWith("kith: Invalid value for option '--today'");
    }

    @Test
    void theDemoBookDoesNotApply() {
        Run demo = run("--demo", "bench", "--no-process");
        assertThat(demo.code()).isEqualTo(1);
        assertThat(demo.err()).isEqualTo("kith: bench makes its own book; --demo does not apply" + System.lineSeparator());
    }
}
