package dev.kith.capture.calendar;

import dev.kith.io.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The calendars a path holds: an iCalendar file; a ZIP of them (Google Calendar's export, {@code
 * you@gmail.com.ical.zip}, one {@code .ics} per calendar); or a folder of them (that ZIP unpacked, Google
 * Takeout's {@code Calendar} folder). Each calendar is at most the limits' size, at most {@value #MAX_CALENDARS}
 * of them and at most four times that size in all, so a ZIP bomb is refused unread. Thread-safe (stateless).
 */
public final class IcsFiles {
    static final int MAX_CALENDARS = 200;

    /** One calendar: {@code source} names it in errors ({@code export.zip!/work.ics}), {@code bytes} its text. */
    public record Calendar(String source, byte[] bytes) {
    }

    private IcsFiles() {
    }

    /** The calendars of {@code path}, in name order for a ZIP or folder; refused with its name when it has none. */
    public static List<Calendar> of(Path path, IcsLimits limits) {
        String source = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return folder(path, limits);
            }
            if (!zip(path)) {
                if (Files.size(path) > limits.maxBytes()) {
                    throw new ImportException(source, 0, "the calendar is larger than " + limits.maxBytes() + " bytes");
                }
                return List.of(new Calendar(source, Files.readAllBytes(path)));
            }
            return zipped(path, limits);
        } catch (NoSuchFileException e) {
            throw new ImportException(source, 0, "no such file");
        } catch (ZipException e) {
            throw new ImportException(source, 0, "a damaged ZIP file: " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(source, 0, "cannot read the file: " + e.getMessage());
        }
    }

    private static boolean zip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static List<Calendar> zipped(Path file, IcsLimits limits) throws IOException {
        List<Calendar> calendars = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory() || !ics(e.getName())) {
                    continue;
                }
                String source = file + "!/" + e.getName();
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
                if (bytes.length > limits.maxBytes()) {
                    throw new ImportException(source, 0, "the calendar is larger than " + limits.maxBytes() + " bytes");
                }
                add(calendars, new Calendar(source, bytes), file, limits);
            }
        }
        if (calendars.isEmpty()) {
            throw new ImportException(file.toString(), 0, "a ZIP file without any .ics calendar in it");
        }
        calendars.sort(java.util.Comparator.comparing(Calendar::source));
        return calendars;
    }

    private static List<Calendar> folder(Path folder, IcsLimits limits) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder, 3)) {
            files = all.filter(Files::isRegularFile).filter(p -> ics(p.getFileName().toString())).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new ImportException(folder.toString(), 0, "no .ics calendar in this folder");
        }
        List<Calendar> calendars = new ArrayList<>();
        for (Path p : files) {
            if (Files.size(p) > limits.maxBytes()) {
                throw new ImportException(p.toString(), 0, "the calendar is larger than " + limits.maxBytes() + " bytes");
            }
            add(calendars, new Calendar(p.toString(), Files.readAllBytes(p)), folder, limits);
        }
        return calendars;
    }

    private static void add(List<Calendar> calendars, Calendar c, Path whole, IcsLimits limits) {
        if (calendars.size() >= MAX_CALENDARS) {
            throw new ImportException(whole.toString(), 0, "more than " + MAX_CALENDARS + " calendars");
        }
        long total = c.bytes().length;
        for (Calendar earlier : calendars) {
            total += earlier.bytes().length;
        }
        if (total > 4 * limits.maxBytes()) {
            throw new ImportException(whole.toString(), 0, "the calendars are larger than " + 4 * limits.maxBytes()
                    + " bytes in all");
        }
        calendars.add(c);
    }

    private static boolean ics(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return (n.endsWith(".ics") || n.endsWith(".ical") || n.endsWith(".ifb")) && !n.startsWith("__macosx/")
                && !n.contains("/.") && !n.startsWith(".");
    }
}
