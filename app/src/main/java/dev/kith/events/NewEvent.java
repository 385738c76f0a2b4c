package dev.kith.events;

import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.time.LocalDate;

/** An event as entered; the compact constructor rejects nonsense with the field named. */
public record NewEvent(String name, LocalDate start, LocalDate end, String series, String location, Long groupId) {
    public NewEvent {
        name = Text.blankToNull(name);
        if (name == null) {
            throw new ValidationException("name", "must not be blank");
        }
        if (name.length() > 200) {
            throw new ValidationException("name", "must be at most 200 characters");
        }
        if (start == null) {
            throw new ValidationException("start", "a start date is required (YYYY-MM-DD)");
        }
        if (end != null && end.isBefore(start)) {
            throw new ValidationException("end", "must not be before the start (" + start + "), not " + end);
        }
        if (end != null && end.isAfter(start.plusDays(60))) {
            throw new ValidationException("end", "an event lasts at most 60 days, not until " + end);
        }
        series = dev.kith.core.Limits.text("series", Text.blankToNull(series), dev.kith.core.Limits.NAME);
        location = dev.kith.core.Limits.text("location", Text.blankToNull(location), dev.kith.core.Limits.SHORT_TEXT);
    }
}
