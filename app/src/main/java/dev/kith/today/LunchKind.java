package dev.kith.today;

import dev.kith.contacts.Circle;
import dev.kith.core.KithClock;
import dev.kith.goals.GoalRelevance;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.tasks.Tasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lunch}: invite a strong contact (tie strength at least {@value #STRONG}, or the inner or
 * close circle) to lunch or coffee next week when we have not shared a meal in the last
 * {@value #MEAL_DAYS} days and none is planned. Seed: "Make a lunch date … never eat alone".
 */
public final class LunchKind implements ActionKind {
    static final int STRONG = 50;
    static final int MEAL_DAYS = 60;
    /** How many days ahead the lunch of an invitation is planned. */
    static final int PLANNED_DAYS = 7;

    private final Interactions interactions;
    private final Tasks tasks;
    private final KithClock clock;
    private final SnapshotPart<GoalRelevance> relevance;

    public LunchKind(Interactions interactions, Tasks tasks, KithClock clock, SnapshotPart<GoalRelevance> relevance) {
        this.interactions = interactions;
        this.tasks = tasks;
        this.clock = clock;
        this.relevance = relevance;
    }

    @Override
    public String code() {
        return "lunch";
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        GoalRelevance goals = s.part(relevance);
        for (Snapshot.ContactFacts c : s.contacts()) {
            // someone never in touch is not invited to lunch out of the blue (a fresh import's "close" circle)
            boolean strong = c.lastContact() != null
                    && (c.strength() >= STRONG || c.circle() == Circle.INNER || c.circle() == Circle.CLOSE);
            LocalDate meal = c.lastMeal();
            if (!c.reachable() || !strong || meal != null && meal.isAfter(s.today().minusDays(MEAL_DAYS))) {
                continue;
            }
            actions.add(new Candidate(code() + ":" + c.id() + ":" + (meal == null ? "never" : meal.toString()), code(),
                    List.of(c.person()), 0.45, goals.boost(c.id(), 0.3 + 0.7 * c.strength() / 100.0), 0,
                    () -> text(s.today(), c, meal, goals.because(c.id()))));
        }
        return actions;
    }

    private static Candidate.Text text(LocalDate today, Snapshot.ContactFacts c, LocalDate meal, String goal) {
        String why = c.strength() >= STRONG ? "one of your strongest ties (strength "
                + c.strength() + ")" : "in your " + c.circle().code() + " circle";
        String reason = c.name() + " is " + why + " and you " + (meal == null
                ? "have never had lunch or coffee together" : "haven't shared a meal since " + dev.kith.core.Prose.date(meal, today)) + goal;
        String draft = "Hi " + c.firstName() + ", would you like to have lunch next week? " + (meal == null
                ? "I'd love to catch up" : "It's been a while since our last one, and I'd love to catch up")
                + " and hear what you're working on. Which day suits you?";
        return new Candidate.Text(reason, draft);
    }

    /**
     * Records the invitation: today, a message I sent (a fact, which resets the keep-in-touch clock);
     * a week from today, the lunch as a planned meeting ({@code kith plans}; a follow-up comes only
     * after its day, and none when it is cancelled); and a task on that day.
     */
    @Override
    public void complete(Action action, String note) {
        LocalDate when = clock.today().plusDays(PLANNED_DAYS);
        List<Long> people = action.people().stream().map(Person::id).toList();
        interactions.log(Interaction.draft(clock.today(), InteractionKind.MESSAGE, Initiator.ME, null,
                "Invited to lunch on " + when, Exchange.NEUTRAL, false, people));
        interactions.log(Interaction.draft(when, InteractionKind.LUNCH, Initiator.ME, null,
                note == null || note.isBlank() ? "Lunch (invited from today's plan)" : note.strip(),
                Exchange.NEUTRAL, false, people));
        for (long person : people) {
            tasks.add(person, "lunch", when, note == null || note.isBlank() ? "Lunch date" : note.strip());
        }
    }
}
