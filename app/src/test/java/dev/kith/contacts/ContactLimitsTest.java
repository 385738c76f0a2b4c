package dev.kith.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.Limits;
import dev.kith.core.ValidationException;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sizes every adapter meets through the domain: names 200, notes and summaries 64 KB, lists 100. */
class ContactLimitsTest {
    @Test
    void notesUpTo64KbAreKeptAndOneMoreCharacterIsRefusedWithTheLimitInTheMessage() {
        assertThat(ContactDraft.builder("Ana").notes("x".repeat(Limits.LONG_TEXT)).build().notes()).hasSize(65_536);
        assertThatThrownBy(() -> ContactDraft.builder("Ana").notes("x".repeat(Limits.LONG_TEXT + 1)).build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("notes: is 65,537 characters long; at most 65,536 (64 KB) are allowed");
        assertThatThrownBy(() -> ContactPatch.builder().notes("x".repeat(Limits.LONG_TEXT + 1)).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("64 KB");
    }

    @Test
    void namesAndOrganizationsAreAtMost200Characters() {
        assertThatThrownBy(() -> ContactDraft.builder("N".repeat(201)).build())
                .hasMessage("name: is longer than 200 characters");
        assertThatThrownBy(() -> ContactDraft.builder("Ana").organization("O".repeat(201)).build())
                .hasMessageStartingWith("organization: is 201 characters long");
        assertThatThrownBy(() -> ContactPatch.builder().organization("O".repeat(201)).build())
                .hasMessageStartingWith("organization:");
    }

    @Test
    void listsAreBounded() {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i <= Limits.LIST; i++) {
            emails.add("p" + i + "@x.example");
        }
        assertThatThrownBy(() -> ContactDraft.builder("Ana").emails(emails).build())
                .hasMessage("email: has 101 values; at most 100 are allowed");
        assertThat(ContactDraft.builder("Ana").emails(emails.subList(0, 100)).build().emails()).hasSize(100);
    }

    @Test
    void interactionSummariesAreAtMost64Kb() {
        assertThatThrownBy(() -> Interaction.draft(LocalDate.of(2026, 11, 24), InteractionKind.CALL, Initiator.ME, null,
                "s".repeat(Limits.LONG_TEXT + 1), null, false, List.of(1L)))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("summary:").hasMessageContaining("64 KB");
    }
}
