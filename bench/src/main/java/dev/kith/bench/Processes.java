package dev.kith.bench;

import dev.kith.core.KithException;
import java.io.IOException;
import java.util.List;

/** Wall-clock timing of whole commands, output discarded. */
public final class Processes {
    private Processes() {
    }

    /** Runs {@code command} {@code times} times; each element is one run's wall time in ms. */
    static double[] time(List<String> command, int times) {
        return time(command, java.util.Map.of(), times);
    }

    /** Runs {@code command} {@code times} times with {@code env} added to its environment; wall times in ms. */
    public static double[] time(List<String> command, java.util.Map<String, String> env, int times) {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT);
                builder.environment().putAll(env);
                Process p = builder.start();
                int code = p.waitFor();
                if (code != 0) {
                    throw new KithException("benchmark command failed with exit code " + code + ": " + command);
                }
            } catch (IOException e) {
                throw new KithException("cannot run " + command + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KithException("interrupted while running " + command, e);
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }
}
