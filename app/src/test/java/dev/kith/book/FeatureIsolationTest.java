package dev.kith.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.app.Kith;
import dev.kith.contacts.ContactFilter;
import dev.kith.contacts.ContactSummary;
import dev.kith.core.KithClock;
import dev.kith.core.KithException;
import dev.kith.demo.DemoBook;
import dev.kith.io.backup.Backup;
import dev.kith.settings.Settings;
import dev.kith.settings.SettingsForm;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every feature's reads and exports stay in their book: beside a book holding every kind of
 * record (the demo book, with targets, asks, introductions, settings and a done Today action added),
 * a second book sees none of it, read by read, and cannot reach any of it by id.
 */
class FeatureIsolationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every read of a book that returns its records, by name. */
    private static final Map<String, Function<Kith, Collection<?>>> READS = new LinkedHashMap<>();

    static {
        READS.put("contacts", k -> k.contacts().list(new ContactFilter(null, null, true)));
        READS.put("organizations", k -> k.contacts().organizations());
        READS.put("interactions", k -> k.interactions().between(TODAY.minusYears(20), TODAY.plusYears(1)));
        READS.put("awaiting reply", k -> k.interactions().awaitingReply());
        READS.put("milestones", k -> k.milestones().between(TODAY.minusYears(20), TODAY.plusYears(1)));
        READS.put("ties", k -> k.ties().all());
        READS.put("tasks", k -> k.tasks().openDueBy(TODAY.plusYears(5)));
        READS.put("events", k -> k.events().list());
        READS.put("co-attendance", k -> k.events().coAttendances());
        READS.put("groups", k -> k.groups().list());
        READS.put("group co-membership", k -> k.groups().coMemberships());
        READS.put("memberships", k -> k.groups().joinedBetween(TODAY.minusYears(20), TODAY.plusYears(1)));
        READS.put("goals", k -> k.goals().list());
        READS.put("goal reports", k -> k.goals().report());
        READS.put("articles", k -> k.articles().list());
        READS.put("shares", k -> k.articles().shares());
        READS.put("introductions", k -> k.intros().all());
        READS.put("targets", k -> k.network().targets().list(true));
        READS.put("asks", k -> k.network().referrals().all());
        READS.put("reciprocity", k -> k.reciprocity().all().values());
        READS.put("settings", k -> new Settings(k.book(), k.contacts()).all().entrySet());
        READS.put("Today's candidates", k -> k.today().candidates(k.today().snapshot()));
        READS.put("Today's plan", k -> k.today().plan(10).actions());
        READS.put("due", k -> k.today().due());
        READS.put("search", k -> k.search().search("library", 50));
    }

    private record Two(Kith full, Kith other, Ids ids) {
    }

    /** One record of each kind in the full book, to reach by id from the other. */
    private record Ids(long contact, long interaction, long milestone, long task, long event, long group, long goal,
                       long article, long intro, long target, long ask) {
    }

    private static Two twoBooks(TestDatabase db) {
        KithClock clock = KithClock.fixed(TODAY);
        Kith full = Kith.open(db.database(), "alice", clock);
        Kith other = Kith.open(db.database(), "bob", clock);
        DemoBook.generate(full, DemoBook.SEED, DemoBook.MIN_PEOPLE);
        List<ContactSummary> people = full.contacts().list(ContactFilter.ALL_ACTIVE);
        var a = full.contacts().get(people.get(1).id());
        var b = full.contacts().get(people.get(2).id());
        var target = full.network().targets().addOrganization("Isolation Industries", "a way in");
        var ask = full.network().referrals().ask(a.id(), "an introduction to Isolation Industries", target);
        var intro = full.intros().start(a, b, "both care about isolation");
        SettingsForm.apply(new Settings(full.book(), full.contacts()), Map.of("today.plan-size", "5",
                "cadence.network", "45"));
        String first = full.today().plan(3).actions().getFirst().id();
        full.today().done(first, "done in alice's book");
        Ids ids = new Ids(a.id(), full.interactions().between(TODAY.minusYears(20), TODAY).getFirst().id(),
                full.milestones().between(TODAY.minusYears(20), TODAY.plusYears(1)).getFirst().id(),
                full.tasks().openDueBy(TODAY.plusYears(5)).getFirst().id(), full.events().list().getFirst().id(),
                full.groups().list().getFirst().id(), full.goals().list().getFirst().id(),
                full.articles().list().getFirst().id(), intro.id(), target.id(), ask.id());
        return new Two(full, other, ids);
    }

    @BothDatabases
    void aBookSeesNothingOfAnotherBooksRecords(TestDatabase db) {
        Two t = twoBooks(db);
        READS.forEach((read, of) -> {
            assertThat(of.apply(t.full())).as(read + " of the full book").isNotEmpty();
            assertThat(of.apply(t.other())).as(read + " of the other book").isEmpty();
        });
        assertThat(t.other().today().streak()).as("the other book's streak").isZero();
        assertThat(t.full().today().streak()).isPositive();
        assertThat(new Settings(t.other().book(), t.other().contacts()).planSize()).isEqualTo(Settings.DEFAULT_PLAN_SIZE);
    }

    @BothDatabases
    void theOtherBooksBackupHasEverySectionEmpty(TestDatabase db) throws Exception {
        Two t = twoBooks(db);
        JsonNode full = JSON.readTree(Backup.toJson(t.full().book()));
        JsonNode other = JSON.readTree(Backup.toJson(t.other().book()));
        List<String> sections = new java.util.ArrayList<>();
        full.fieldNames().forEachRemaining(name -> {
            if (full.get(name).isArray()) {
                sections.add(name);
            }
        });
        assertThat(sections).contains("contacts", "interactions", "events", "groups", "goals", "articles",
                "targets", "intros");
        for (String section : sections) {
            assertThat(other.get(section)).as("section " + section + " of the other book").isEmpty();
        }
        assertThat(sections.stream().filter(s -> full.get(s).isEmpty()).toList())
                .as("sections the full book leaves empty (no demo data for them)").doesNotContain("contacts",
                        "interactions", "milestones", "ties", "events", "groups", "goals", "articles", "shares",
                        "targets", "asks", "intros", "settings");
    }

    @BothDatabases
    void noRecordOfAnotherBookCanBeReachedById(TestDatabase db) {
        Two t = twoBooks(db);
        Kith o = t.other();
        Ids ids = t.ids();
        Map<String, Consumer<Kith>> byId = new LinkedHashMap<>();
        byId.put("contact", k -> k.contacts().get(ids.contact()));
        byId.put("interaction", k -> k.interactions().get(ids.interaction()));
        byId.put("milestone", k -> k.milestones().get(ids.milestone()));
        byId.put("task", k -> k.tasks().get(ids.task()));
        byId.put("event", k -> k.events().get(ids.event()));
        byId.put("group", k -> k.groups().get(ids.group()));
        byId.put("goal", k -> k.goals().get(ids.goal()));
        byId.put("article", k -> k.articles().get(ids.article()));
        byId.put("introduction", k -> k.intros().get(ids.intro()));
        byId.put("target", k -> k.network().targets().get(ids.target()));
        byId.put("ask", k -> k.network().referrals().get(ids.ask()));
        byId.forEach((what, reach) -> {
            reach.accept(t.full());
            assertThatThrownBy(() -> reach.accept(o)).as(what).isInstanceOf(KithException.class);
        });
        assertThat(o.events().attendees(ids.event())).isEmpty();
        assertThat(o.goals().contacts(ids.goal())).isEmpty();
        assertThat(o.groups().members(ids.group())).isEmpty();
    }
}
