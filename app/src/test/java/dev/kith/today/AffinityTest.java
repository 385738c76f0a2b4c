package dev.kith.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.Prerequisite;
import dev.kith.app.Kith;
import dev.kith.contacts.ContactDraft;
import dev.kith.embeddings.LocalModel;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** What a contact shares with me, as reconnections rank and word it: fields from titles, interests by meaning. */
@Isolated // switches the model back on JVM-wide (clears LocalModel.DISABLE): no other test class runs meanwhile
class AffinityTest {
    @Test
    void aFieldIsTheTitlesSharedWordsOfTheTradeNotOfRank() {
        var designer = Affinity.fieldRoots("Senior Product Designer");
        assertThat(Affinity.field(designer, "Product Design Lead")).isEqualTo("product design");
        assertThat(Affinity.field(designer, "Product Designer")).isEqualTo("product design");
        assertThat(Affinity.field(Affinity.fieldRoots("Senior UX Researcher"), "UX Designer")).isEqualTo("UX");
        assertThat(Affinity.field(Affinity.fieldRoots("Engineering Manager"), "Product Manager"))
                .as("a rank in common is no field").isNull();
        assertThat(Affinity.field(Affinity.fieldRoots("Head of Data"), "Chief Data Scientist")).isEqualTo("data");
        assertThat(Affinity.field(designer, null)).isNull();
        assertThat(Affinity.city("Lisbon, Portugal")).isEqualTo(Affinity.city("lisbon"));
    }

    @Test
    void anInterestCloseInMeaningRanksAReconnectionFirstAndTheReasonQuotesBothPhrases() {
        System.clearProperty(LocalModel.DISABLE);
        Prerequisite.require(LocalModel.get().isPresent(), "interests by meaning (AffinityTest)",
                "the model did not load: " + LocalModel.failure());
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = new Scenario(db).book();
            long me = book.contacts().add(ContactDraft.builder("Alex Quinn").interest("machine learning").build()).id();
            book.setMe(me);
            LocalDate long_ago = LocalDate.of(2019, 3, 12);
            String[] others = {"sourdough baking", "sailing", "jazz guitar", "pottery", "chess openings"};
            for (int i = 0; i < others.length; i++) {
                book.contacts().add(ContactDraft.builder("Other Person" + i).interest(others[i])
                        .firstMet(long_ago.minusYears(3)).build());
            }
            book.contacts().add(ContactDraft.builder("Ann Berg").interest("artificial intelligence")
                    .firstMet(long_ago).build());

            List<Action> plan = new Scenario(db).today().plan(10).actions().stream()
                    .filter(a -> a.kind().equals("reconnect")).toList();
            Action first = plan.get(0);
            assertThat(first.people().get(0).name()).as("connected later, but sharing an interest by meaning")
                    .isEqualTo("Ann Berg");
            assertThat(first.reason()).contains("share an interest (you: machine learning · Ann: artificial"
                    + " intelligence)");
            assertThat(first.draft()).contains("machine learning").contains("artificial intelligence");
            assertThat(plan.subList(1, plan.size())).allMatch(a -> a.reason().startsWith("You connected with "));
        }
    }
    @Test
    void aReconnectionSharingNothingStillAsksAboutWhereTheyWorkNow() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = new Scenario(db).book();
            long me = book.contacts().add(ContactDraft.builder("Alex Quinn").organization("Initech")
                    .title("Accountant").location("Oslo").build()).id();
            book.setMe(me);
            book.contacts().add(ContactDraft.builder("Ann Berg").organization("Globex").title("Pilot")
                    .location("Lima").firstMet(LocalDate.of(2019, 3, 12)).build());

            Action reconnect = new Scenario(db).today().plan(10).actions().stream()
                    .filter(a -> a.kind().equals("reconnect")).findFirst().orElseThrow();
            assertThat(reconnect.reason()).as("nothing shared: the reason says only when we connected")
                    .startsWith("You connected with Ann Berg in March 2019");
            assertThat(reconnect.draft()).contains("How are things going at Globex?");
        }
    }
}
