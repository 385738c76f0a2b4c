package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void fieldAndReasonAreKeptApartAndTheMessageJoinsThem() {
        ValidationException e = new ValidationException("email", "'ada@' is not an email address: nothing after the @");
        assertThat(e.field()).isEqualTo("email");
        assertThat(e.reason()).isEqualTo("'ada@' is not an email address: nothing after the @");
        assertThat(e).hasMessage("email: 'ada@' is not an email address: nothing after the @");
    }

    @Test
    void anAlreadyRecordedRefusalIsAValidationFailureOfItsField() {
        ValidationException e = new AlreadyRecordedException("kind", "this knows tie is already recorded");
        assertThat(e.field()).isEqualTo("kind");
        assertThat(e.reason()).isEqualTo("this knows tie is already recorded");
        assertThat(e).isInstanceOf(KithException.class).hasMessage("kind: this knows tie is already recorded");
    }
}
