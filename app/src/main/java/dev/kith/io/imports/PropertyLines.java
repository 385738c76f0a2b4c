package dev.kith.io.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader that notes, as its text goes through it, the line each property of the current vCard starts on (see
 * {@link VCardScanner.Locator}), so that a warning about a property names the property's own line: ez-vcard reads
 * the cards from it one at a time and keeps no line numbers. Memory: the current line and card's properties; time
 * linear in the text. Not thread-safe.
 */
final class PropertyLines extends FilterReader {
    private final VCardScanner.Locator locator = new VCardScanner.Locator();
    private final char[] one = new char[1];

    PropertyLines(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            one[0] = (char) c;
            locator.chars(one, 0, 1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            locator.chars(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The lines of the properties of the card read last, which starts on line {@code start}. */
    Card card(long start) {
        Map<String, List<Long>> lines = new HashMap<>();
        for (VCardScanner.Located p : locator.properties()) {
            lines.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.line());
        }
        return new Card(start, lines);
    }

    /** The lines of one card's properties by name (upper case, without group); the card starts on {@code start}. */
    record Card(long start, Map<String, List<Long>> lines) {
        /** The line of the {@code index}-th (from 0) property called {@code name}, or the card's first line when none. */
        long line(String name, int index) {
            List<Long> all = lines.getOrDefault(name, List.of());
            return index < all.size() ? all.get(index) : start;
        }
    }
}
