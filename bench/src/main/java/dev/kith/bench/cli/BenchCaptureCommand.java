package dev.kith.bench.cli;

import dev.kith.bench.Stats;
import dev.kith.bench.capture.BenchCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kith bench capture}: {@code kith import mbox} of a generated mailbox as a new process with a
 * bounded heap, against {@code kith --version}; the target is 100,000 messages in ≤ 30 s with a
 * heap of at most 256 MB.
 */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = "Time kith import mbox on a generated mailbox (kept in target/bench/capture) as a new process"
                + " with a bounded heap, against kith --version.")
final class BenchCaptureCommand implements Callable<Integer> {
    @Option(names = "--messages", paramLabel = "N", defaultValue = "100000", description = "Messages (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "256m", description = "The import's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = Path.of("target", "bench", "capture");
        Files.createDirectories(folder);
        BenchCapture bench = new BenchCapture(BenchCommand.launcher(), folder, heap);
        Path mbox = bench.mailbox(messages);
        List<BenchCapture.Run> result = bench.run(mbox, runs);
        Stats imports = Stats.of(result.stream().mapToDouble(BenchCapture.Run::importMillis).toArray());
        Stats version = Stats.of(result.stream().mapToDouble(BenchCapture.Run::versionMillis).toArray());
        double[] ratios = result.stream().mapToDouble(r -> r.importMillis() / r.versionMillis()).sorted().toArray();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("messages", messages);
        report.put("bytes", Files.size(mbox));
        report.put("heap", heap);
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("importMs", imports);
        report.put("versionMs", version);
        report.put("ratio", Map.of("min", ratios[0], "median", ratios[ratios.length / 2],
                "max", ratios[ratios.length - 1]));
        if (((BenchMain) spec.root().userObject()).json) {
            System.out.println(Json.write(report));
        } else {
            System.out.printf("kith import mbox, %,d messages (%,d bytes), -Xmx%s, %d runs: median %.0f ms"
                            + " (min %.0f, max %.0f); kith --version median %.0f ms; ratio %s%n", messages,
                    Files.size(mbox), heap, runs, imports.median(), imports.min(), imports.max(), version.median(),
                    Arrays.toString(ratios));
        }
        return 0;
    }
}
