package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.settings.Settings;
import dev.kith.today.Action;
import dev.kith.today.Person;
import dev.kith.today.Plan;
import dev.kith.today.Today;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith today [--size N]}: the daily "power of one" plan. */
@Command(name = "today", description = "Today's few small networking actions, why, and a draft note for each.",
        mixinStandardHelpOptions = true)
final class TodayCommand extends BookCommand {
    @Option(names = "--size", paramLabel = "N",
            description = "How many actions, 1 to 10 (default: the plan size in the settings, else 3).")
    Integer size;

    /** The JSON of one action: what {@code kith today --json} documents. */
    record ActionView(String id, String kind, List<Person> people, String reason, String draft, List<String> also) {
        static ActionView of(Action a) {
            return new ActionView(a.id(), a.kind(), a.people(), a.reason(), a.draft(),
                    a.carried().stream().map(Action::id).toList());
        }
    }

    record PlanView(LocalDate date, int streak, List<ActionView> actions) {
    }

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Plan plan = book.today().plan(size != null ? size : new Settings(book.book(), book.contacts()).planSize());
        if (session.json()) {
            session.printJson(new PlanView(plan.date(), plan.streak(), plan.actions().stream().map(ActionView::of).toList()));
            return;
        }
        PrintWriter out = session.out();
        out.println("Today, " + plan.date() + (plan.streak() > 0 ? "  ·  streak: " + plan.streak()
                + (plan.streak() == 1 ? " day" : " days") : ""));
        if (plan.actions().isEmpty()) {
            out.println();
            if (book.contacts().basics().isEmpty()) {
                out.println("Your book is empty. Add someone with kith contacts add NAME, or bring your contacts in:"
                        + " kith import linkedin|vcard|google|outlook FILE (kith help import).");
            } else {
                out.println("Nothing to do today: no replies owed, nobody overdue. Enjoy the day.");
            }
            return;
        }
        int n = 1;
        for (Action a : plan.actions()) {
            out.println();
            out.println(n++ + ". " + String.join(" + ", java.util.stream.Stream.concat(java.util.stream.Stream.of(a),
                    a.carried().stream()).map(Action::kind).distinct().toList()) + ": " + String.join(", ", a.people().stream().map(Person::name).toList())
                    + "   [" + a.id() + "]");
            out.println("   Why:   " + a.reason() + ".");
            out.println("   Draft: " + a.draft());
        }
        out.println();
        out.println("Mark one with 'kith done ID', 'kith snooze ID --until YYYY-MM-DD' or 'kith skip ID'.");
    }
}
