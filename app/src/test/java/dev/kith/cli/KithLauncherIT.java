package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar and the {@code ./kith} launcher as a user would, in separate processes. */
class KithLauncherIT {
    /** The repository root, which holds the launcher and target/kith.jar (the app module is one folder below). */
    private static final Path ROOT = Path.of(System.getProperty("kith.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(Path cwd, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_DATA_HOME");
        pb.environment().remove("KITH_DB");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private List<String> jar(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-jar", ROOT.resolve("target/kith.jar").toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void demoBookListsLivingNetworkWithoutTouchingUserData() throws Exception {
        Run run = run(home, jar("--demo", "--today", "2026-11-24", "contacts", "list", "--json"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("[").contains("\"lastInteraction\"");
        assertThat(home.resolve(".local/share/kith")).doesNotExist();
    }

    @Test
    void defaultDatabaseIsCreatedInTheXdgDataFolder() throws Exception {
        Run add = run(home, jar("contacts", "add", "Ana Lima"));
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(home.resolve(".local/share/kith/kith.db")).exists();
        assertThat(run(home, jar("contacts", "list")).out()).contains("Ana Lima");
    }

    @Test
    void usageErrorExitsWithTwo() throws Exception {
        Run run = run(home, jar("log"));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameters");
    }

    @Test
    void launcherRunsFromAnyDirectory() throws Exception {
        Run run = run(home, List.of(ROOT.resolve("kith").toString(), "--version"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("kith 0.1.0");
    }
}
