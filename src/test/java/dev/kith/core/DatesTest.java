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
}
