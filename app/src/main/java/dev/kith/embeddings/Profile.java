package dev.kith.embeddings;

import dev.kith.milestones.MilestoneKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What matching knows about one contact: the words that say what they care about. {@code reachable}
 * is false for do-not-contact, archived and "me". {@code title}, {@code organization},
 * {@code industry}, {@code location} and {@code notes} may be null; {@code recent} holds the
 * milestones of the last {@value Profiles#RECENT_DAYS} days, newest first.
 */
public record Profile(long id, String name, String firstName, boolean reachable, List<String> interests,
                      List<String> tags, String notes, String title, String organization, Long organizationId,
                      String industry, String location, List<Recent> recent) {
    /** A recent milestone of the contact. */
    public record Recent(MilestoneKind kind, LocalDate date, String text) {
        public Recent {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(date, "date");
        }
    }

    public Profile {
        Objects.requireNonNull(name, "name");
        interests = List.copyOf(interests);
        tags = List.copyOf(tags);
        recent = List.copyOf(recent);
    }

    /** The text that is embedded; its hash decides when a stored vector is stale. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (!interests.isEmpty()) {
            sb.append("Interests: ").append(String.join(", ", interests)).append(". ");
        }
        List<String> plain = tags.stream().filter(t -> !t.contains(":")).toList();
        if (!plain.isEmpty()) {
            sb.append("Tags: ").append(String.join(", ", plain)).append(". ");
        }
        if (title != null || organization != null) {
            sb.append("Works").append(title == null ? "" : " as " + title)
                    .append(organization == null ? "" : " at " + organization)
                    .append(industry == null ? "" : " (" + industry + ")").append(". ");
        }
        for (String t : tags) {
            if (t.startsWith("ask:")) {
                sb.append("Looking for ").append(t.substring(4)).append(". ");
            } else if (t.startsWith("offer:")) {
                sb.append("Can help with ").append(t.substring(6)).append(". ");
            }
        }
        for (Recent r : recent) {
            if (r.text() != null) {
                sb.append(r.text()).append(". ");
            }
        }
        if (notes != null) {
            sb.append(notes);
        }
        return sb.toString().strip();
    }
}
