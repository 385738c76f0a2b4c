package dev.kith.cli;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.network.Referrals;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith referral NAME --suggested PERSON [--org ORG]}. */
@Command(name = "referral", description = "Record whom someone suggested you meet: a referred-by link (and a new"
        + " contact met through them when PERSON is new); closes their open ask and marks referred the"
        + " targets it answers (the same person, or anyone at their organization).", mixinStandardHelpOptions = true)
final class ReferralCommand extends BookCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Who made the referral.")
    String who;

    @Option(names = "--suggested", required = true, paramLabel = "PERSON",
            description = "The person suggested: a contact (id or exact name) or a new person.")
    String suggested;

    @Option(names = "--org", paramLabel = "ORG", description = "The new person's organization.")
    String org;

    @Override
    void execute(Session session) {
        Kith book = session.book();
        Contact referrer = book.contacts().resolve(who);
        Referrals.Referral r = book.network().referrals().refer(referrer.id(), suggested, org);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("suggested", r.suggested());
            json.put("created", r.created());
            json.put("tie", r.tie());
            json.put("closedAsk", r.closed().orElse(null));
            json.put("referredTargets", r.targets());
            session.printJson(json);
            return;
        }
        Contact s = r.suggested();
        session.out().println((r.created() ? "Added " + s.name() + " (#" + s.id() + "), met through " : s.name()
                + " (#" + s.id() + ") was referred by ") + referrer.name());
        session.out().println(r.closed().map(a -> "Closed ask #" + a.id() + " (about " + a.topic() + ")")
                .orElse("No open ask to " + referrer.name() + " to close"));
        for (var t : r.targets()) {
            session.out().println("Target #" + t.id() + " (" + t.label() + ") is now referred: reach out to " + s.name()
                    + " yourself, then kith target archive #" + t.id() + " --met");
        }
    }
}
