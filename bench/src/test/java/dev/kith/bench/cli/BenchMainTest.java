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
        // the speed targets depend on the machine's load, so either verdict is fine here; wrong paths are not
        Run before = run("--json", "bench", "paths", "--kronecker", "6", "--queries", "50", "--warmup", "10");
        assertThat(before.code()).as(before.err()).isIn(0, BenchPathsCommand.TARGET_MISSED);
        assertThat(before.out()).contains("\"mismatches\" : 0", "\"invalid_answers\" : 0", "\"kith\"");
        Run after = run("bench", "paths", "--kronecker", "6", "--queries", "50", "--warmup", "10", "--json");
        assertThat(after.code()).as(after.err()).isIn(0, BenchPathsCommand.TARGET_MISSED);
        assertThat(after.out()).startsWith("{");
    }

    @Test
    void benchHelpPrintsNoPicocliWarning() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream tracer = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(tracer, true, java.nio.charset.StandardCharsets.UTF_8));
        Run help;
        try {
            help = run("bench", "--help");
            for (String sub : BenchMain.commandLine().getSubcommands().get("bench").getSubcommands().keySet()) {
                assertThat(run("bench", sub, "--help").code()).as(sub).isZero();
            }
        } finally {
            System.setErr(before);
        }
        assertThat(tracer.toString(java.nio.charset.StandardCharsets.UTF_8) + help.err()).doesNotContain("WARN");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("intros", "80 percent");
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

    @Test
    void everyHelpPrintsWithoutAPicocliWarning() {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        java.util.List<java.util.List<String>> paths = new java.util.ArrayList<>();
        collect(BenchMain.commandLine(), new java.util.ArrayList<>(), paths);
        assertThat(paths).anySatisfy(p -> assertThat(p).containsExactly("bench", "intros"));
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            for (java.util.List<String> path : paths) {
                java.util.List<String> args = new java.util.ArrayList<>(path);
                args.add("--help");
                Run help = run(args.toArray(String[]::new));
                assertThat(help.code()).as(String.join(" ", args)).isZero();
                assertThat(help.out()).as(String.join(" ", args)).startsWith("Usage: kith");
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli");
    }

    private static void collect(CommandLine cl, java.util.List<String> path, java.util.List<java.util.List<String>> out) {
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandName().equals(name)) {
                return; // an alias
            }
            java.util.List<String> here = new java.util.ArrayList<>(path);
            here.add(name);
            out.add(here);
            collect(sub, here, out);
        });
    }
}
