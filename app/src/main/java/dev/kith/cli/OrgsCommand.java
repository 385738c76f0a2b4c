package dev.kith.cli;

import dev.kith.contacts.Organization;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kith orgs [ORG --industry I]}: list organizations, or set one's industry. */
@Command(name = "orgs", description = "List organizations, or set the industry of one.", mixinStandardHelpOptions = true)
final class OrgsCommand extends BookCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ORG", description = "The organization to change.")
    String org;

    @Option(names = "--industry", paramLabel = "I", description = "Its industry, e.g. \"higher education\".")
    String industry;

    @Override
    void execute(Session session) {
        if (org != null || industry != null) {
            if (org == null || industry == null) {
                throw new dev.kith.core.ValidationException(org == null ? "ORG" : "industry",
                        "give both an organization and --industry");
            }
            List<Organization> known = session.book().contacts().organizations();
            String key = dev.kith.core.Text.key(org);
            // --create is the global option (KithCommand): here it creates the organization
            boolean create = ((KithCommand) spec.root().userObject()).create;
            if (!create && known.stream().noneMatch(o -> dev.kith.core.Text.key(o.name()).equals(key))) {
                List<String> near = dev.kith.core.Suggest.closest(org, known.stream().map(Organization::name).toList());
                throw new dev.kith.core.NotFoundException("no organization named '" + org.strip() + "'"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.stream()
                        .map(n -> "'" + n + "'").toList()) + "?")
                        + " Add it with --create");
            }
            Organization o = session.book().contacts().setIndustry(org, industry);
            if (session.json()) {
                session.printJson(o);
            } else {
                session.out().println(o.name() + ": " + o.industry());
            }
            return;
        }
        List<Organization> all = session.book().contacts().organizations();
        if (session.json()) {
            session.printJson(all);
            return;
        }
        Table table = new Table("ID", "ORGANIZATION", "INDUSTRY");
        all.forEach(o -> table.row("#" + o.id(), o.name(), o.industry()));
        table.print(session.out());
    }
}
