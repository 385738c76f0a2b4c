package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @Test
    void aValidIsoDateIsParsed() {
        assertThat(Dates.parse("due", " 2028-02-29 ")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "tomorrow", "2026-2-3", "2027-02-29"})
    void anImpossibleOrMalformedDateIsRejectedNamingTheField(String text) {
        assertThatThrownBy(() -> Dates.parse("due", text))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("due"))
                .hasMessage("due: '" + text + "' is not a valid date (expected YYYY-MM-DD)");
    }

    @Test
    void aMissingDateIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Dates.parse("since", "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("since"))
                .hasMessageStartingWith("since: ");
        assertThatThrownBy(() -> Dates.parse("since", null)).isInstanceOf(ValidationException.class);
    }

    @org.junit.jupiter.api.Test
    void storedDatesAreReadFromTextWithOrWithoutATime() {
        assertThat(Dates.stored("2026-11-24")).isEqualTo(java.time.LocalDate.of(2026, 11, 24));
        assertThat(Dates.stored("2024-02-29 00:00:00")).isEqualTo(java.time.LocalDate.of(2024, 2, 29));
        assertThat(Dates.stored(null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.stored("2026-02-30"))
                .isInstanceOf(java.time.DateTimeException.class);
    }
}
