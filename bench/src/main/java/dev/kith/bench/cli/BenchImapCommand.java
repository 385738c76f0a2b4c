package dev.kith.bench.cli;

import dev.kith.bench.Stats;
import dev.kith.bench.capture.BenchImap;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kith bench imap}: {@code kith sync} with nothing new over an IMAP inbox of many messages, as a
 * new process, against {@code kith --version}; the target is ≤ 2 s over 10,000 messages.
 */
@Command(name = "imap", mixinStandardHelpOptions = true,
        description = "Time kith sync with nothing new over an IMAP inbox (GreenMail on a loopback port) as a new"
                + " process, against kith --version.")
final class BenchImapCommand implements Callable<Integer> {
    @Option(names = "--messages", paramLabel = "N", defaultValue = "10000", description = "Messages (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        try (BenchImap bench = new BenchImap(BenchCommand.launcher(), Path.of("target", "bench", "imap"))) {
            double first = bench.prepare(messages);
            List<BenchImap.Run> result = bench.run(runs);
            Stats sync = Stats.of(result.stream().mapToDouble(BenchImap.Run::syncMillis).toArray());
            Stats version = Stats.of(result.stream().mapToDouble(BenchImap.Run::versionMillis).toArray());
            double[] ratios = result.stream().mapToDouble(r -> r.syncMillis() / r.versionMillis()).sorted().toArray();
            System.out.printf("kith sync, first over %,d messages: %.0f ms; nothing new, %d runs: median %.0f ms"
                            + " (min %.0f, max %.0f, p95 %.0f); kith --version median %.0f ms; ratio %s%n", messages,
                    first, runs, sync.median(), sync.min(), sync.max(), sync.p95(), version.median(),
                    Arrays.toString(ratios));
        }
        return 0;
    }
}
