package dev.kith.bench.paths;

import dev.kith.io.ImportException;
import dev.kith.network.graph.CompactGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads public graph files into an {@link EdgeList}, treating every edge as undirected and mapping
 * external ids to dense nodes. A line that cannot be read fails with an {@link ImportException}
 * naming the file, the line and the reason. A file whose name ends in {@code .gz} is read through gzip.
 */
public final class GraphFiles {
    private GraphFiles() {
    }

    /**
     * A SNAP edge list: one edge per line as two non-negative integer ids separated by spaces or a
     * tab, further columns (timestamps) ignored; lines starting with {@code #} or {@code %} and blank
     * lines skipped. With {@code header}, the first line counts edges and nodes ({@code E N}, as in
     * ca-grqc): exactly E edge lines are read and what follows (ca-grqc's N node-value lines) is ignored.
     */
    public static EdgeList snap(Path file, boolean header) {
        IdMap ids = new IdMap();
        IdMap.Pairs pairs = new IdMap.Pairs();
        try (BufferedReader in = reader(file)) {
            String line;
            long number = 0;
            long edgeLines = Long.MAX_VALUE;
            if (header) {
                line = in.readLine();
                number++;
                String[] counts = line == null ? new String[0] : line.strip().split("\\s+");
                if (counts.length != 2) {
                    throw new ImportException(file.toString(), 1, "expected the count line \"edges nodes\"");
                }
                edgeLines = id(counts[0], file, 1);
            }
            while (edgeLines > 0 && (line = in.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.charAt(0) == '#' || trimmed.charAt(0) == '%') {
                    continue;
                }
                String[] fields = trimmed.split("\\s+");
                if (fields.length < 2) {
                    throw new ImportException(file.toString(), number, "expected two node ids, found \"" + trimmed + "\"");
                }
                if (fields[1].indexOf('.') >= 0) {
                    throw new ImportException(file.toString(), number, "node id is not a whole number: \"" + fields[1]
                            + "\" (a node-value line: does the first line count edges and nodes? then use --header)");
                }
                pairs.add(ids.get(id(fields[0], file, number)), ids.get(id(fields[1], file, number)));
                edgeLines--;
            }
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        return build(file.getFileName().toString(), ids, pairs);
    }

    /**
     * The LDBC SNB {@code person_knows_person} CSV ({@code |}-separated, a header line, person ids in
     * the first two columns). {@code path} is that file or a data-set folder holding it (searched below).
     */
    public static EdgeList ldbc(Path path) {
        Path file = Files.isDirectory(path) ? knowsFile(path) : path;
        IdMap ids = new IdMap();
        IdMap.Pairs pairs = new IdMap.Pairs();
        try (BufferedReader in = reader(file)) {
            String line = in.readLine();
            if (line == null || !line.toLowerCase(java.util.Locale.ROOT).startsWith("person.id|person.id")) {
                throw new ImportException(file.toString(), 1, "expected the header Person.id|Person.id|...");
            }
            long number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\\|");
                if (fields.length < 2) {
                    throw new ImportException(file.toString(), number, "expected Person.id|Person.id, found \"" + line + "\"");
                }
                pairs.add(ids.get(id(fields[0], file, number)), ids.get(id(fields[1], file, number)));
            }
        } catch (IOException e) {
            throw new ImportException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        return build("ldbc:" + file.getFileName(), ids, pairs);
    }

    private static BufferedReader reader(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8));
    }

    private static Path knowsFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("person_knows_person")
                    && p.getFileName().toString().endsWith(".csv")).sorted().findFirst()
                    .orElseThrow(() -> new ImportException(folder.toString(), 0, "no person_knows_person*.csv below it"));
        } catch (IOException e) {
            throw new ImportException(folder.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    private static long id(String text, Path file, long line) {
        try {
            long id = Long.parseLong(text.strip());
            if (id < 0) {
                throw new ImportException(file.toString(), line, "node id must not be negative: " + text);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new ImportException(file.toString(), line, "node id is not a whole number: \"" + text + "\"");
        }
    }

    private static EdgeList build(String name, IdMap ids, IdMap.Pairs pairs) {
        CompactGraph.Builder builder = CompactGraph.builder(ids.size());
        for (int i = 0; i < pairs.size; i++) {
            builder.addEdge(pairs.a[i], pairs.b[i], 50, 0);
        }
        return EdgeList.of(name, builder.build());
    }
}
