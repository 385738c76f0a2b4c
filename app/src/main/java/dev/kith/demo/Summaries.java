package dev.kith.demo;

import dev.kith.interactions.Exchange;
import dev.kith.interactions.InteractionKind;
import java.util.List;
import java.util.SplittableRandom;

/** Short, realistic interaction summaries that name a topic the person cares about, and durations. */
final class Summaries {
    private static final List<String> MEETING = List.of("Project check-in on %s", "Walked through their %s roadmap",
            "Reviewed the %s proposal together", "Working session on %s at %s");
    private static final List<String> LUNCH = List.of("Lunch: caught up on family and their %s work",
            "Lunch near their office; swapped stories about %s", "Long lunch, mostly about %s and career plans");
    private static final List<String> COFFEE = List.of("Coffee to compare notes on %s",
            "Coffee; they are rethinking %s at %s", "Quick coffee before the committee meeting, talked %s");
    private static final List<String> CALL = List.of("Call about %s at %s", "Phone catch-up; %s is eating their week",
            "Call to plan a joint session on %s");
    private static final List<String> GAVE = List.of("Sent them an article on %s", "Shared our %s checklist",
            "Passed along a job posting related to %s", "Offered to review their %s plan");
    private static final List<String> ASKED = List.of("Asked for advice on %s", "Asked how %s handled %s",
            "Asked for a vendor reference for %s");
    private static final List<String> NOTE = List.of("Shared notes on %s", "Thanks for the pointers on %s",
            "Quick message about the %s webinar", "Congratulated them on the %s launch");

    private final SplittableRandom rnd;

    Summaries(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** A summary for a {@code kind} interaction with {@code p}; placeholders are a topic and the organization. */
    String of(InteractionKind kind, Exchange exchange, Person p) {
        List<String> templates = switch (kind) {
            case MEETING -> MEETING;
            case LUNCH -> LUNCH;
            case COFFEE -> COFFEE;
            case CALL -> CALL;
            default -> exchange == Exchange.GAVE ? GAVE : exchange == Exchange.ASKED ? ASKED : NOTE;
        };
        String topic = Catalog.pick(rnd, p.interests);
        String template = Catalog.pick(rnd, templates);
        return template.contains("how %s") ? template.formatted(p.org.name(), topic)
                : template.formatted(topic, p.org.name());
    }

    String encounter(String event, Person p) {
        return "Ran into them at " + event + "; talked about " + Catalog.pick(rnd, p.interests);
    }

    /** Minutes for meetings, meals and calls; null for the rest. */
    Integer minutes(InteractionKind kind) {
        return switch (kind) {
            case MEETING -> 30 + 15 * rnd.nextInt(4);
            case LUNCH -> 60 + 15 * rnd.nextInt(3);
            case COFFEE -> 30 + 15 * rnd.nextInt(2);
            case CALL -> 10 + 5 * rnd.nextInt(7);
            default -> null;
        };
    }
}
