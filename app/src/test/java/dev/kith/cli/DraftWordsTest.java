package dev.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.articles.Article;
import dev.kith.articles.Recipient;
import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.core.KithClock;
import dev.kith.demo.DemoBook;
import dev.kith.events.Event;
import dev.kith.events.Invitation;
import dev.kith.events.Prep;
import dev.kith.interactions.InteractionKind;
import dev.kith.intros.Intro;
import dev.kith.intros.Suggestion;
import dev.kith.intros.Suggestions;
import dev.kith.store.TestDatabase;
import dev.kith.today.Action;
import dev.kith.today.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every draft Kith writes on the demo book — each action kind's over several days, and every
 * introduction, share, welcome, event and ask note — reads as a person would write it: no state codes,
 * matching reasons, ISO dates, placeholders or doubled words. The reasons and the CLI's words are held
 * to the machine-fragment rules that apply to them.
 */
class DraftWordsTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** Every kind a plan has: each must show up on some day of the demo. */
    static final Set<String> KINDS = Set.of("reply", "follow-up", "thank-you", "congratulate", "keep-in-touch",
            "rekindle", "lunch", "event-catch-up", "welcome", "ask-intro", "share-article", "introduce",
            "intro-follow-up");

    private static final Pattern STATE_CODE = Pattern.compile("\\b[a-z]+-[ab]\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern DOUBLED = Pattern.compile("(?i)\\b(\\p{L}+) \\1\\b");
    private static final List<String> DRAFT_FRAGMENTS = List.of("tagged ", "your notes on", "similarity",
            "in Online", "(publication,", "mentioned looking", "note field", "Met: Met", "null", "%s", "{}", "()",
            "“”", "\"\"", " .", " ,", ",.", "..", "  ", "recent milestone", "asking ", "(stalled)", "Hi ,");
    private static final List<String> REASON_FRAGMENTS = List.of("in Online", "(publication,", "Met: Met", "null",
            "%s", "{}", "()", "“”", "  ", "recent milestone (");

    /** The machine fragments in a draft, empty when it reads as written by a person. */
    static List<String> problemsOfDraft(String draft) {
        List<String> found = new ArrayList<>(common(draft));
        for (String f : DRAFT_FRAGMENTS) {
            if (draft.contains(f)) {
                found.add("'" + f + "'");
            }
        }
        Matcher iso = ISO_DATE.matcher(draft);
        if (iso.find()) {
            found.add("ISO date " + iso.group());
        }
        if (!draft.startsWith("Hi ") && !draft.matches("^\\p{Lu}\\p{L}+, meet .*")) {
            found.add("no greeting");
        }
        if (!draft.matches("(?s).*([.!?]|https?://\\S+)$")) {
            found.add("no closing punctuation");
        }
        return found;
    }

    static List<String> problemsOfReason(String reason) {
        List<String> found = new ArrayList<>(common(reason));
        for (String f : REASON_FRAGMENTS) {
            if (reason.contains(f)) {
                found.add("'" + f + "'");
            }
        }
        Matcher iso = ISO_DATE.matcher(reason);
        if (iso.find()) {
            found.add("ISO date " + iso.group());
        }
        return found;
    }

    private static List<String> common(String text) {
        List<String> found = new ArrayList<>();
        Matcher state = STATE_CODE.matcher(text.replaceAll("https?://\\S+", ""));
        if (state.find()) {
            found.add("state code " + state.group());
        }
        Matcher doubled = DOUBLED.matcher(text);
        if (doubled.find()) {
            found.add("doubled word '" + doubled.group() + "'");
        }
        if (text.isBlank()) {
            found.add("empty");
        }
        return found;
    }

    @Test
    void everyDraftOnTheDemoBookReadsAsAPersonWroteIt() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith demo = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(DAY));
            DemoBook.generate(demo, DemoBook.SEED, DemoBook.DEFAULT_PEOPLE);
            Map<String, String> drafts = new LinkedHashMap<>();
            Map<String, String> reasons = new LinkedHashMap<>();
            Set<String> kinds = new LinkedHashSet<>();

            // every action kind's draft over several days, so that each kind occurs
            for (int d = -3; d <= 21; d += 2) {
                Kith book = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(DAY.plusDays(d)));
                Today today = book.today();
                for (Action a : today.candidates(today.snapshot())) {
                    kinds.add(a.kind());
                    drafts.putIfAbsent(a.draft(), a.id() + " on " + DAY.plusDays(d));
                    reasons.putIfAbsent(a.reason(), a.id() + " on " + DAY.plusDays(d));
                }
            }
            assertThat(kinds).as("kinds seen on the demo book").containsAll(KINDS);

            // every event's invitations
            for (Event e : demo.events().between(DAY.minusDays(30), DAY.plusDays(365))) {
                Prep prep = demo.events().prep(e.id());
                for (Invitation i : prep.invitations()) {
                    drafts.putIfAbsent(i.draft(), "invitation to " + e.name() + " for " + i.name());
                    reasons.putIfAbsent(i.reason(), "invitation to " + e.name() + " for " + i.name());
                }
            }

            // every share a suggestion offers, with no why given
            for (Article article : demo.articles().list()) {
                for (Recipient r : demo.articles().recipients(article, 3)) {
                    Contact c = demo.contacts().get(r.contactId());
                    drafts.putIfAbsent(demo.articles().share(article, c, null, InteractionKind.EMAIL).draft(),
                            "share of " + article.title() + " with " + c.name());
                }
            }

            // introductions: started without a why, asked, made; and one declined
            List<Suggestion> pairs = Suggestions.suggest(demo.book(), demo.intros(), 6);
            assertThat(pairs).hasSizeGreaterThanOrEqualTo(3);
            int n = 0;
            for (Suggestion s : pairs) {
                Contact a = demo.contacts().get(s.aId());
                Contact b = demo.contacts().get(s.bId());
                if (demo.intros().open().stream().anyMatch(i -> Set.of(i.aId(), i.bId()).equals(Set.of(a.id(), b.id())))) {
                    continue;
                }
                Intro intro = demo.intros().start(a, b, null);
                if (n++ % 2 == 0) {
                    intro = demo.intros().advance(intro.id(), false, null);
                    intro = demo.intros().advance(intro.id(), false, null);
                } else {
                    intro = demo.intros().advance(intro.id(), true, null);
                }
                for (Intro.Step step : intro.steps()) {
                    String note = step.note();
                    if (step.step().equals("declined")) {
                        note = note.substring(note.indexOf(". ") + 2); // "Bo Chen declined. " is for me, not sent
                    }
                    drafts.putIfAbsent(note, "intro #" + intro.id() + " " + step.step());
                }
                reasons.putIfAbsent(intro.status() + "; " + intro.waiting(), "intro #" + intro.id() + " status");
            }

            Map<String, List<String>> bad = new LinkedHashMap<>();
            drafts.forEach((draft, what) -> System.out.println(what + "\n    " + draft));
            drafts.forEach((draft, what) -> {
                List<String> p = problemsOfDraft(draft);
                if (!p.isEmpty()) {
                    bad.put(what + ": " + draft, p);
                }
            });
            reasons.forEach((reason, what) -> {
                List<String> p = problemsOfReason(reason);
                if (!p.isEmpty()) {
                    bad.put("reason of " + what + ": " + reason, p);
                }
            });
            assertThat(drafts).hasSizeGreaterThan(40);
            assertThat(bad).as("drafts and reasons with machine fragments").isEmpty();

            // the CLI's words: plans over the days, introductions, event preparation
            for (int d = 0; d <= 14; d += 7) {
                Cli cli = new Cli(db, DAY.plusDays(d).toString());
                for (String[] args : List.of(new String[] {"today", "--size", "10"}, new String[] {"intro", "list"},
                        new String[] {"intro", "list", "--all"})) {
                    Cli.Result r = cli.run(args);
                    assertThat(r.exitCode()).as(r.err()).isZero();
                    assertCliPlain(String.join(" ", args), r.out());
                }
                for (Intro i : demo.intros().all()) {
                    Cli.Result r = cli.run("intro", "show", String.valueOf(i.id()));
                    assertCliPlain("intro show " + i.id(), r.out());
                }
            }
        }
    }

    private static void assertCliPlain(String command, String out) {
        for (String line : out.split("\n")) {
            Matcher state = STATE_CODE.matcher(line.replaceAll("https?://\\S+", ""));
            assertThat(state.find()).as(command + " prints a state code: " + line).isFalse();
            assertThat(line).as(command).doesNotContain("in Online", "null", "(publication,", "Met: Met");
        }
    }

    @Test
    void theFragmentRulesCatchWhatTheIssueQuoted() {
        assertThat(problemsOfDraft("Hi Ana, I read \"X\" and thought of you: tagged rdm.")).isNotEmpty();
        assertThat(problemsOfDraft("Hi Ana, thought of you: your notes on them mention plan, service.")).isNotEmpty();
        assertThat(problemsOfDraft("Hi Ana, recent milestone (publication, 2026-11-26): x.")).isNotEmpty();
        assertThat(problemsOfDraft("Hi Ana, our next event is RDM Winter Meetup on 2026-12-03 in Online.")).isNotEmpty();
        assertThat(problemsOfReason("Ana has been asking-b for 8 days")).isNotEmpty();
        assertThat(problemsOfDraft("Hi Ana, it was was great.")).isNotEmpty();
        assertThat(problemsOfDraft("Hi Ana, thanks for lunch yesterday — it was great to catch up.")).isEmpty();
    }
}
