package dev.kith.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** ZIP files for import tests, written as exporters write them: each entry a name and its UTF-8 text. */
public final class Zips {
    private Zips() {
    }

    /** Writes {@code file} holding the entries {@code namesAndContents} (name, text, name, text, …). */
    public static Path write(Path file, String... namesAndContents) throws IOException {
        return Files.write(file, bytes(namesAndContents));
    }

    /** The bytes of a ZIP holding the entries {@code namesAndContents} (name, text, name, text, …). */
    public static byte[] bytes(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
