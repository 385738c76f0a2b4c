package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.contacts.Circle;
import dev.kith.interactions.InteractionKind;
import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void parsesACodeOrAConstantNameIgnoringCase() {
        assertThat(Coded.parse(InteractionKind.class, "kind", "event-encounter")).isEqualTo(InteractionKind.EVENT_ENCOUNTER);
        assertThat(Coded.parse(InteractionKind.class, "kind", " EVENT_ENCOUNTER ")).isEqualTo(InteractionKind.EVENT_ENCOUNTER);
        assertThat(Coded.parse(InteractionKind.class, "kind", "eventencounter")).isEqualTo(InteractionKind.EVENT_ENCOUNTER);
        assertThat(Coded.parse(Circle.class, "circle", "Inner")).isEqualTo(Circle.INNER);
    }

    @Test
    void anUnknownCodeIsRejectedListingTheChoices() {
        assertThatThrownBy(() -> Coded.parse(Circle.class, "circle", "outer"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("circle"))
                .hasMessage("circle: 'outer' is not one of inner, close, network, acquaintance");
        assertThatThrownBy(() -> Coded.parse(Circle.class, "circle", null)).isInstanceOf(ValidationException.class);
    }
}
