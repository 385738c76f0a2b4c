package dev.kith.groups;

import dev.kith.core.Prose;
import dev.kith.events.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new member to welcome: their membership, the group's next event (null when none is planned) and
 * up to two fellow members to introduce them to. {@link #draft} is the personal welcome email.
 */
public record Welcome(Member member, Event nextEvent, List<Introduction> introductions) {
    public Welcome {
        introductions = List.copyOf(introductions);
    }

    /** Why: "Ana Lima joined ALA 3 days ago; introduce them to Bo Chen (both interested in sailing)". */
    public String reason(LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(member.since(), today);
        String ago = days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
        String intro = introductions.isEmpty() ? "" : "; introduce them to "
                + Prose.and(introductions.stream().map(Introduction::explained).toList());
        return member.name() + " joined " + member.group() + " " + ago + intro;
    }

    /**
     * The welcome email: a welcome; an invitation to the next event, its date in words and online or
     * where (no dinner, no showing around at an online event); and an offer to introduce them to
     * fellow members, each with what they share when it has plain words.
     */
    public String draft(LocalDate today) {
        String first = member.name().strip().split("\\s+")[0];
        StringBuilder sb = new StringBuilder("Hi ").append(first).append(", welcome to ").append(member.group())
                .append("! I'm glad you joined.");
        if (nextEvent != null) {
            boolean online = Prose.online(nextEvent.location());
            sb.append(" Our next event is ").append(Prose.event(nextEvent.name())).append(' ')
                    .append(Prose.ahead(nextEvent.start(), today)).append(Prose.place(nextEvent.location()))
                    .append(online ? " — it would be a good first one to join, and I'll be there to say hello."
                            : " — would you like to come along? I'd be happy to show you around.");
        } else {
            sb.append(" I'd be happy to show you around at our next get-together.");
        }
        if (!introductions.isEmpty()) {
            List<String> people = new ArrayList<>();
            boolean anyGround = false;
            for (Introduction i : introductions) {
                String shared = i.shared();
                anyGround |= shared != null;
                people.add(i.name() + (shared == null ? "" : ", who " + shared));
            }
            sb.append(" I'd also love to introduce you to ").append(people.size() == 2 && anyGround
                            ? people.get(0) + "; and " + people.get(1) : Prose.and(people))
                    .append(anyGround ? "." : ", who I think you'd get along with.");
        }
        return Prose.tidy(sb.toString());
    }
}
