package dev.kith.cli;

import java.io.PrintWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with left-aligned columns, each at most 40 columns wide. Widths are what a
 * terminal shows, not string lengths: a combining accent takes no column, a CJK character or an emoji
 * two, so a column of "José" (decomposed), "北京大学" and "Ana" still lines up.
 */
final class Table {
    private static final int MAX_WIDTH = 40;
    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = headers;
    }

    void row(Object... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            Object cell = i < cells.length ? cells[i] : null;
            String text = cell == null ? "" : Normalizer.normalize(cell.toString().replaceAll("\\s+", " "),
                    Normalizer.Form.NFC);
            row[i] = width(text) > MAX_WIDTH ? cut(text, MAX_WIDTH - 1) + "…" : text;
        }
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = width(headers[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        line(out, headers, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(widths[i] - width(cells[i]) + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    /** The columns {@code text} takes on a terminal. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += width(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The longest start of {@code text} at most {@code columns} wide. */
    private static String cut(String text, int columns) {
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (width + width(cp) > columns) {
                break;
            }
            width += width(cp);
            i += Character.charCount(cp);
        }
        return text.substring(0, i);
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** East Asian wide and fullwidth characters, and emoji: two columns. */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
