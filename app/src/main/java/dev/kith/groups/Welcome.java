package dev.kith.groups;

import dev.kith.events.Event;
import java.time.LocalDate;
import java.util.List;

/**
 * A new member to welcome: their membership, the group's next event (null when none is planned) and
 * up to two fellow members to introduce them to. {@link #draft} is the personal welcome email.
 */
public record Welcome(Member member, Event nextEvent, List<Introduction> introductions) {
    public Welcome {
        introductions = List.copyOf(introductions);
    }

    /** Why: "Ana Lima joined ALA 3 days ago (2026-11-12)". */
    public String reason(LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(member.since(), today);
        String ago = days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
        String intro = introductions.isEmpty() ? "" : "; introduce them to "
                + String.join(" and ", introductions.stream().map(Introduction::explained).toList());
        return member.name() + " joined " + member.group() + " " + ago + " (" + member.since() + ")" + intro;
    }

    /** The welcome email: a welcome, an invitation to the next event, and an offer to introduce. */
    public String draft() {
        String first = member.name().strip().split("\\s+")[0];
        StringBuilder sb = new StringBuilder("Hi ").append(first).append(", welcome to ").append(member.group())
                .append("! I'm glad you joined.");
        if (nextEvent != null) {
            sb.append(" Our next event is ").append(nextEvent.name()).append(" on ").append(nextEvent.start())
                    .append(nextEvent.location() == null ? "" : " in " + nextEvent.location())
                    .append(" — would you like to come along? I'd be happy to show you around.");
        } else {
            sb.append(" I'd be happy to show you around at our next get-together.");
        }
        if (!introductions.isEmpty()) {
            sb.append(" I'd also love to introduce you to ")
                    .append(String.join(" and ", introductions.stream().map(Introduction::name).toList()))
                    .append(", who I think you'd get along with")
                    .append(introductions.stream().anyMatch(i -> !i.commonGround().isEmpty())
                            ? " — you have a lot in common." : ".");
        }
        return sb.toString();
    }
}
