package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guarded entry and correction (issue 22): duplicates, organizations, "me", edit and delete, merge, titles, interests. */
class CliCorrectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static long id(String out) {
        Matcher m = Pattern.compile("\\(#(\\d+)\\)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1));
    }

    @BothDatabases
    void addingSomeoneAlreadyInTheBookIsRefusedUnlessDuplicateOk(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        assertThat(cli.run("contacts", "add", "Priya Raman", "--email", "priya@uni.example", "--org", "Hill University")
                .exitCode()).isZero();
        var before = cli.snapshot();

        var again = cli.run("contacts", "add", "priya  RAMAN");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already in the book: Priya Raman (#", "Hill University, priya@uni.example)",
                "--duplicate-ok", "kith contacts merge");
        var byEmail = cli.run("contacts", "add", "P. Raman", "--email", "PRIYA@uni.example");
        assertThat(byEmail.exitCode()).isEqualTo(2);
        assertThat(cli.snapshot()).isEqualTo(before);
        assertThat(cli.run("contacts", "add", "Priyá Raman", "--duplicate-ok").exitCode()).isEqualTo(0);
        assertThat(cli.run("contacts", "list", "--json").out()).contains("Priyá Raman");
    }

    @BothDatabases
    void anArchivedNamesakeNeitherBlocksNorMakesANameAmbiguous(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        long old = id(cli.run("contacts", "add", "Priya Raman", "--org", "Old College").out());
        assertThat(cli.run("contacts", "archive", "#" + old).exitCode()).isZero();
        var added = cli.run("contacts", "add", "Priya Raman", "--org", "Hill University");
        assertThat(added.exitCode()).as(added.err()).isZero();
        long active = id(added.out());

        var shown = cli.run("contacts", "show", "Priya Raman");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("(#" + active + ")").contains("Hill University");
        assertThat(cli.run("log", "priya", "call").out()).contains("with Priya Raman");
    }

    @BothDatabases
    void mergeJoinsTwoContactsAndUndoSeparatesThem(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Priya Raman", "--email", "priya@uni.example", "--org", "Hill University");
        cli.run("contacts", "add", "Priya R.", "--email", "priya@home.example", "--location", "Leeds");
        cli.run("contacts", "add", "Tom Becker");
        cli.run("log", "Priya R.", "lunch", "--date", "2026-11-20", "--note", "IIIF workshop");
        cli.run("tie", "Priya R.", "Tom", "colleague");
        var before = cli.snapshot();

        var merged = cli.run("contacts", "merge", "Priya Raman", "Priya R.");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).startsWith("Merged Priya R. (#").contains("into Priya Raman (#");
        JsonNode priya = JSON.readTree(cli.run("contacts", "show", "Priya Raman", "--json").out());
        assertThat(priya.get("emails").toString()).isEqualTo("[\"priya@uni.example\",\"priya@home.example\"]");
        assertThat(priya.get("location").asText()).isEqualTo("Leeds");
        String shown = cli.run("contacts", "show", "Priya Raman").out();
        assertThat(shown).contains("IIIF workshop", "Tom Becker");
        assertThat(cli.run("contacts", "list").out()).doesNotContain("Priya R.");

        assertThat(cli.run("undo").out()).isEqualTo("Undid: merged Priya R. into Priya Raman.\n");
        assertThat(cli.snapshot()).isEqualTo(before);
        assertThat(cli.run("contacts", "merge", "Priya Raman", "Priya Raman").exitCode()).isEqualTo(2);
    }

    @BothDatabases
    void orgsRefusesAnUnknownOrganizationUnlessCreate(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--org", "Riverside Public Library");
        var unknown = cli.run("orgs", "Riverside", "--industry", "libraries");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("kith: no organization named 'Riverside'; did you mean"
                + " 'Riverside Public Library'? Add it with --create\n");
        assertThat(cli.run("orgs").out()).doesNotContain("libraries");
        var typo = cli.run("orgs", "Riverside Public Libary", "--industry", "libraries");
        assertThat(typo.err()).contains("did you mean 'Riverside Public Library'?");
        assertThat(cli.run("orgs", "riverside public library", "--industry", "libraries").exitCode()).isZero();
        assertThat(cli.run("orgs", "Hill University", "--industry", "higher education", "--create").exitCode()).isZero();
        assertThat(cli.run("orgs").out()).contains("Riverside Public Library", "libraries", "Hill University");
    }

    @BothDatabases
    void meTakesOnlyAWholeName(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Sofia Martins");
        var prefix = cli.run("me", "Sofia");
        assertThat(prefix.exitCode()).isEqualTo(2);
        assertThat(prefix.err()).contains("'Sofia' is not a whole name; did you mean Sofia Martins?",
                "kith me \"Sofia Martins\"");
        assertThat(cli.run("me").exitCode()).isEqualTo(1);
        assertThat(cli.run("me", "sofia martins").out()).contains("You are Sofia Martins");
        assertThat(cli.run("me", "Sam Rivera").out()).contains("You are Sam Rivera");
    }

    @BothDatabases
    void interactionsMilestonesAndTiesCanBeEditedAndDeleted(TestDatabase db) {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima");
        cli.run("contacts", "add", "Bo Chen");
        long log = id(cli.run("log", "Ana", "call", "--date", "2026-11-20", "--note", "budgte").out());
        long milestone = id(cli.run("milestone", "Ana", "award", "--note", "Best app").out());
        long tie = id(cli.run("tie", "Ana", "Bo", "knows").out());
        String shown = cli.run("contacts", "show", "Ana").out();
        assertThat(shown).contains("budgte  (#" + log + ")", "Best app  (not acknowledged)  (#" + milestone + ")",
                "(tie #" + tie + ")");

        var edited = cli.run("log", "edit", String.valueOf(log), "--note", "budget", "--date", "2026-11-21",
                "--kind", "meeting", "--with", "Ana,Bo");
        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.out()).isEqualTo("Updated meeting with Ana Lima, Bo Chen on 2026-11-21 (#" + log + ")\n");
        assertThat(cli.run("contacts", "show", "Bo").out()).contains("2026-11-21  meeting  budget  (#" + log + ")");
        assertThat(cli.run("search", "budgte").out()).doesNotContain("Ana Lima");
        assertThat(cli.run("milestone", "edit", String.valueOf(milestone), "--kind", "publication", "--date",
                "2026-11-01").out()).isEqualTo("Updated publication for Ana Lima on 2026-11-01 (#" + milestone + ")\n");
        assertThat(cli.run("tie", "edit", String.valueOf(tie), "--kind", "colleague", "--since", "2020-01-01").out())
                .isEqualTo("Updated: Ana Lima is a colleague of Bo Chen since 2020-01-01 (#" + tie + ")\n");
        assertThat(cli.run("log", "edit", String.valueOf(log)).exitCode()).isEqualTo(2);

        var beforeDeletes = cli.snapshot();
        assertThat(cli.run("log", "delete", String.valueOf(log)).out())
                .isEqualTo("Deleted the meeting with Ana Lima, Bo Chen on 2026-11-21 (#" + log + ")\n");
        assertThat(cli.run("milestone", "delete", String.valueOf(milestone)).exitCode()).isZero();
        assertThat(cli.run("tie", "delete", String.valueOf(tie)).out())
                .isEqualTo("Deleted the tie Ana Lima is a colleague of Bo Chen (#" + tie + ")\n");
        shown = cli.run("contacts", "show", "Ana").out();
        assertThat(shown).doesNotContain("budget", "publication", "Bo Chen");
        assertThat(cli.run("log", "delete", String.valueOf(log)).err()).isEqualTo("kith: no interaction with id " + log + "\n");

        assertThat(cli.run("undo").out()).startsWith("Undid: deleted the tie Ana Lima is a colleague of Bo Chen");
        assertThat(cli.run("undo").out()).startsWith("Undid: deleted Ana Lima's publication of 2026-11-01");
        assertThat(cli.run("undo").out()).startsWith("Undid: deleted the meeting with Ana Lima, Bo Chen on 2026-11-21");
        assertThat(cli.snapshot()).isEqualTo(beforeDeletes);
        assertThat(cli.run("undo").out()).startsWith("Undid: edited the tie Ana Lima knows Bo Chen");
    }

    @BothDatabases
    void fixTitleCorrectsWithoutJobHistoryAndInterestsKeepTheirCase(TestDatabase db) throws Exception {
        Cli cli = new Cli(db, "2026-11-24");
        cli.run("contacts", "add", "Ana Lima", "--org", "Acme", "--title", "Libarian", "--interest", "IIIF");
        assertThat(cli.run("contacts", "edit", "Ana", "--title", "Librarian", "--fix-title").exitCode()).isZero();
        JsonNode ana = JSON.readTree(cli.run("contacts", "show", "Ana", "--json").out());
        assertThat(ana.get("jobs")).hasSize(1);
        assertThat(ana.get("jobs").get(0).get("title").asText()).isEqualTo("Librarian");
        assertThat(ana.get("interests").toString()).isEqualTo("[\"IIIF\"]");

        new Cli(db, "2026-12-01").run("contacts", "edit", "Ana", "--title", "Head Librarian", "--interest", "iiif",
                "--interest", "Linked Data");
        ana = JSON.readTree(cli.run("contacts", "show", "Ana", "--json").out());
        assertThat(ana.get("jobs")).hasSize(2);
        assertThat(ana.get("interests").toString()).contains("\"IIIF\"", "\"Linked Data\"").doesNotContain("\"iiif\"");
        assertThat(cli.run("search", "iiif").out()).contains("Ana Lima");
        assertThat(cli.run("contacts", "edit", "Ana", "--remove-interest", "iiif").exitCode()).isZero();
        assertThat(cli.run("contacts", "show", "Ana", "--json").out()).doesNotContain("IIIF");
        assertThat(cli.run("contacts", "edit", "Ana", "--fix-title").exitCode()).isEqualTo(2);
    }
}
