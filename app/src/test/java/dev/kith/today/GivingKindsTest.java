package dev.kith.today;

import dev.kith.contacts.ContactDraft;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.InteractionKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Today's share-article, introduce and intro-follow-up kinds, and the give-first rule. */
class GivingKindsTest extends SqliteScenario {
    private long person(String name, String interest) {
        return s.book().contacts().add(ContactDraft.builder(name).interest(interest).build()).id();
    }

    @Test
    void aFreshArticleIsProposedToItsBestRecipientAndDoingItRecordsTheShare() {
        long ana = person("Ana Lima", "email migration");
        person("Fay Ross", "gardening");
        s.book().articles().add("https://example.org/m", "Email migration lessons", "Moving mailboxes", "Calendars first",
                List.of());
        List<Action> shares = s.candidates("share-article");
        assertThat(shares).singleElement().satisfies(a -> {
            assertThat(a.people().get(0).name()).isEqualTo("Ana Lima");
            assertThat(a.reason()).contains("Ana Lima would benefit from \"Email migration lessons\"", "interested in email migration");
            assertThat(a.draft()).contains("Hi Ana, I read \"Email migration lessons\"", "My top takeaway: Calendars first.");
        });
        s.today().done(shares.get(0).id(), "you are planning yours");
        assertThat(s.book().articles().shares()).singleElement().satisfies(x -> assertThat(x.contactId()).isEqualTo(ana));
        assertThat(s.candidates("share-article")).isEmpty();
    }

    @Test
    void someoneIOnlyAskIsOfferedAGiveFirstActionFirst() {
        long bo = person("Bo Chen", "email migration");
        person("Ana Lima", "email migration");
        s.log(bo, Scenario.TODAY.minusDays(20), InteractionKind.EMAIL, Initiator.ME, Exchange.ASKED, "a reference");
        s.log(bo, Scenario.TODAY.minusDays(5), InteractionKind.EMAIL, Initiator.ME, Exchange.ASKED, "an intro");
        s.book().articles().add("https://example.org/m", "Email migration lessons", null, null, List.of());
        List<Action> shares = s.candidates("share-article");
        assertThat(shares.get(0).people().get(0).name()).isEqualTo("Bo Chen");
        assertThat(shares.get(0).reason()).startsWith("Give first: you only ask Bo Chen (asked 2 times, gave 0 times");
        List<Action> intros = s.candidates("introduce");
        assertThat(intros).singleElement().satisfies(a -> {
            assertThat(a.reason()).startsWith("Give first: you only ask Bo Chen").contains("both interested in email migration");
            assertThat(a.people()).hasSize(2);
        });
        s.today().done(intros.get(0).id(), "same migration");
        assertThat(s.book().intros().open()).singleElement().satisfies(i -> assertThat(i.why()).isEqualTo("same migration"));
    }

    @Test
    void aGiftLoggedAfterThePlanEndsTheGiveFirstReasonOfTheSameShare() {
        long bo = person("Bo Chen", "email migration");
        s.log(bo, Scenario.TODAY.minusDays(20), InteractionKind.EMAIL, Initiator.ME, Exchange.ASKED, "a reference");
        s.log(bo, Scenario.TODAY.minusDays(5), InteractionKind.EMAIL, Initiator.ME, Exchange.ASKED, "an intro");
        s.book().articles().add("https://example.org/m", "Email migration lessons", null, null, List.of());
        Today today = s.today();
        assertThat(today.candidates(today.snapshot()).stream().filter(a -> a.kind().equals("share-article")))
                .singleElement().satisfies(a -> assertThat(a.reason()).startsWith("Give first: you only ask Bo Chen"));
        // the article's ranking reads no interactions and is carried to the next snapshot; the balance is read again
        s.log(bo, Scenario.TODAY, InteractionKind.EMAIL, Initiator.ME, Exchange.GAVE, "a conference pass");
        assertThat(today.candidates(today.snapshot()).stream().filter(a -> a.kind().equals("share-article")))
                .singleElement().satisfies(a -> assertThat(a.reason())
                        .startsWith("Bo Chen would benefit from \"Email migration lessons\"").doesNotContain("Give first"));
    }

    @Test
    void aStalledIntroductionIsFollowedUp() {
        long ana = person("Ana Lima", "chess");
        long bo = person("Bo Chen", "go");
        s.on(Scenario.TODAY.minusDays(10)).intros().start(s.book().contacts().get(ana),
                s.book().contacts().get(bo), null);
        List<Action> followUps = s.candidates("intro-follow-up");
        assertThat(followUps).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("Ana Lima hasn't answered about meeting Bo Chen for 10 days");
            assertThat(a.draft()).startsWith("Hi Ana, just checking whether you'd like me to introduce you to Bo Chen.");
        });
    }
}
