package dev.kith.cli;

import dev.kith.core.ValidationException;
import dev.kith.settings.Settings;
import dev.kith.settings.SettingsForm;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kith settings [KEY=VALUE...]}: show the book's settings, or change some, all or none. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show this book's settings, or set some: today.plan-size=N, cadence.<circle>=DAYS",
                "(inner, close, network, acquaintance; an empty value goes back to the default), me=NAME."})
final class SettingsCommand extends BookCommand {
    @Parameters(arity = "0..*", paramLabel = "KEY=VALUE", description = "Settings to change, checked together.")
    List<String> changes = List.of();

    @Override
    void execute(Session session) {
        Settings settings = new Settings(session.book().book(), session.book().contacts());
        Settings.View view = changes.isEmpty() ? settings.view() : SettingsForm.apply(settings, parse(changes));
        if (session.json()) {
            session.printJson(view);
            return;
        }
        PrintWriter out = session.out();
        out.println("me               " + (view.me() == null ? "(not set; kith me NAME)" : view.me()));
        out.println("today.plan-size  " + view.planSize());
        view.cadences().forEach((circle, days) -> out.printf("%-16s %d days%n", "cadence." + circle, days));
        out.println("smtp             " + (view.smtp().host() == null ? "(not set in the web app)"
                : view.smtp().host() + ":" + view.smtp().port()));
    }

    private static Map<String, String> parse(List<String> changes) {
        Map<String, String> input = new LinkedHashMap<>();
        for (String change : changes) {
            int eq = change.indexOf('=');
            if (eq <= 0) {
                throw new ValidationException("KEY=VALUE", "'" + change + "' is not KEY=VALUE, e.g. cadence.close=21");
            }
            input.put(change.substring(0, eq).strip(), change.substring(eq + 1));
        }
        return input;
    }
}
