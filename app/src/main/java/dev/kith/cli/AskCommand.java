package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.network.Ask;
import dev.kith.network.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kith ask NAME --for TARGET|TOPIC}; {@code kith ask list}. NAME and --for are checked here, not
 * by picocli, which would otherwise demand them of {@code ask list} too.
 */
@Command(name = "ask", description = "Record that you asked someone \"who should I meet about X?\";"
        + " it stays open until you record their referral.", mixinStandardHelpOptions = true,
        subcommands = {AskList.class, AskClose.class})
final class AskCommand extends BookCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Whom you asked.")
    String who;

    @Option(names = "--for", paramLabel = "TARGET|TOPIC",
            description = "One of your targets (id or name), or any topic.")
    String topic;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        if (who == null) {
            throw new dev.kith.core.ValidationException("NAME", "give the person you asked (or: kith ask list)");
        }
        Contact c = book.contacts().resolve(who);
        if (topic == null || topic.isBlank()) {
            throw new dev.kith.core.ValidationException("for", "must not be blank");
        }
        var targets = book.network().targets();
        // a target by id only when written as one (#2); a bare number is a topic
        Target target = (topic.strip().startsWith("#") ? targets.lookup(topic) : targets.lookupByName(topic)).orElse(null);
        Ask ask = book.network().referrals().ask(c.id(), topic, target);
        if (session.json()) {
            session.printJson(ask);
        } else {
            session.out().println("Asked " + c.name() + " who to meet about " + ask.topic() + " (ask #" + ask.id()
                    + "; record the answer with kith referral " + quoted(c.name()) + " --suggested PERSON)");
        }
    }

    static String quoted(String name) {
        return name.contains(" ") ? "\"" + name + "\"" : name;
    }
}
