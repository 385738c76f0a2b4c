package dev.kith.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.ValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ContactValidationTest {

    private static void rejected(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(field + ": " + message);
    }

    @Test
    void aBlankNameIsRejected() {
        rejected(() -> ContactDraft.builder("   ").build(), "name", "must not be blank");
        rejected(() -> ContactDraft.builder(null).build(), "name", "must not be blank");
        rejected(() -> ContactPatch.builder().name(" \t ").build(), "name", "must not be blank");
    }

    @Test
    void anOverlongOrControlCharacterNameIsRejected() {
        rejected(() -> ContactDraft.builder("x".repeat(201)).build(), "name", "is longer than 200 characters");
        rejected(() -> ContactDraft.builder("Ana\u0007Lima").build(), "name", "must not contain control characters");
    }

    @Test
    void aBadEmailIsRejected() {
        rejected(() -> ContactDraft.builder("Ana").email("ana.acme.test").build(), "email",
                "'ana.acme.test' is not an email address");
        rejected(() -> ContactDraft.builder("Ana").email("ana@acme").build(), "email", "'ana@acme' is not an email address");
        rejected(() -> ContactDraft.builder("Ana").email(" ").build(), "email", "must not be blank");
        rejected(() -> ContactPatch.builder().addEmails(List.of("a b@c.d")).build(), "email",
                "'a b@c.d' is not an email address");
    }

    @Test
    void aCadenceOutOfRangeIsRejected() {
        rejected(() -> ContactDraft.builder("Ana").cadenceDays(0).build(), "cadence", "must be between 1 and 3650 days, not 0");
        rejected(() -> ContactDraft.builder("Ana").cadenceDays(3651).build(), "cadence",
                "must be between 1 and 3650 days, not 3651");
        rejected(() -> ContactPatch.builder().cadenceDays(-3).build(), "cadence", "must be between 1 and 3650 days, not -3");
        rejected(() -> ContactPatch.builder().cadenceDays(10).clearCadence(true).build(), "cadence",
                "cannot both set and clear the cadence");
    }

    @Test
    void aBadWebAddressIsRejected() {
        rejected(() -> ContactDraft.builder("Ana").website("ftp://ana.example").build(), "website",
                "'ftp://ana.example' is not a web address");
        rejected(() -> ContactDraft.builder("Ana").linkedinUrl("http://").build(), "linkedin", "'http://' is not a web address");
        rejected(() -> ContactDraft.builder("Ana").website("not a url").build(), "website", "'not a url' is not a web address");
        rejected(() -> ContactPatch.builder().website("mailto:ana@acme.test").build(), "website",
                "'mailto:ana@acme.test' is not a web address");
    }

    @Test
    void aBlankTagIsRejected() {
        rejected(() -> ContactDraft.builder("Ana").tag(" ").build(), "tag", "must not be blank");
        rejected(() -> ContactPatch.builder().addInterests(List.of("")).build(), "interest", "must not be blank");
    }
}
