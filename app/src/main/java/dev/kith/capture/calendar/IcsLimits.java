package dev.kith.capture.calendar;

/**
 * Bounds on what one iCalendar text may hold, so that a hostile or broken file cannot exhaust memory
 * or time: its size in bytes, the length of one physical line, the number of components
 * ({@code BEGIN:} lines), the occurrences expanded from one recurring event in a window, and the
 * meetings returned in all.
 */
public record IcsLimits(long maxBytes, int maxLineLength, int maxComponents, int maxOccurrences, int maxMeetings) {

    /** 16 MiB, 256 KiB lines, 50,000 components, 5,000 occurrences of one event and 50,000 meetings in a window. */
    public static final IcsLimits DEFAULT = new IcsLimits(16L << 20, 256 << 10, 50_000, 5_000, 50_000);

    public IcsLimits {
        if (maxBytes < 1 || maxLineLength < 1 || maxComponents < 1 || maxOccurrences < 1 || maxMeetings < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
