package dev.kith.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactDraft;
import dev.kith.core.ValidationException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;

/** Answering one ask in particular, closing an ask that led to nobody, and the message that asks. */
class AskAnswersTest {
    @BothDatabases
    void anAnswerClosesTheAskItAnswersAndGivesANewPersonTheirEmail(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Referrals referrals = f.network().referrals();
        Ask older = referrals.ask(f.alice, "payments compliance", null);
        Ask fundraising = referrals.ask(f.alice, "fundraising", null);

        Referrals.Referral r = referrals.answer(fundraising.id(), "Nina Novak", "Gamma", "nina@gamma.example");

        assertThat(r.created()).isTrue();
        Contact nina = r.suggested();
        assertThat(nina.emails()).containsExactly("nina@gamma.example");
        assertThat(nina.howMet().throughId()).isEqualTo(f.alice);
        assertThat(nina.currentJob()).hasValueSatisfying(j -> assertThat(j.organization()).isEqualTo("Gamma"));
        assertThat(r.closed()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(fundraising.id()));
        assertThat(referrals.open()).extracting(Ask::id).containsExactly(older.id()); // not the oldest one
        assertThat(referrals.get(fundraising.id()).suggestedName()).isEqualTo("Nina Novak");
        assertThatThrownBy(() -> referrals.answer(fundraising.id(), "Someone Else", null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already answered on 2026-11-24");
    }

    @BothDatabases
    void aWholeNameLinksSomeoneKnownButAFirstNameAloneIsSomeoneNew(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Referrals referrals = f.network().referrals();
        Ask first = referrals.ask(f.dave, "archives", null);
        Ask second = referrals.ask(f.dave, "libraries", null);

        Referrals.Referral known = referrals.answer(first.id(), "carol cruz", null, "ignored@example.org");
        assertThat(known.created()).isFalse();
        assertThat(known.suggested().id()).isEqualTo(f.carol);
        assertThat(known.suggested().emails()).isEmpty();

        Referrals.Referral fresh = referrals.answer(second.id(), "Carol", null, null);
        assertThat(fresh.created()).isTrue();
        assertThat(fresh.suggested().id()).isNotEqualTo(f.carol);
        assertThat(fresh.suggested().howMet().throughId()).isEqualTo(f.dave);
    }

    @BothDatabases
    void anAskThatLedToNobodyIsClosedOnce(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Referrals referrals = f.network().referrals();
        Ask ask = referrals.ask(f.bob, "data engineering", null);
        int contacts = f.book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE).size();

        Ask closed = referrals.close(ask.id());

        assertThat(closed.open()).isFalse();
        assertThat(closed.nothingCameOfIt()).isTrue();
        assertThat(closed.answeredOn()).isEqualTo(NetworkFixture.TODAY);
        assertThat(referrals.open()).isEmpty();
        assertThat(f.book.contacts().list(dev.kith.contacts.ContactFilter.ALL_ACTIVE)).hasSize(contacts);
        assertThatThrownBy(() -> referrals.close(ask.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already closed");
        assertThatThrownBy(() -> referrals.answer(ask.id(), "Zed", null, null)).isInstanceOf(ValidationException.class);
    }

    @BothDatabases
    void theMessageNamesTheTopicOrTheTarget(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Contact alice = f.book.contacts().get(f.alice);
        assertThat(Referrals.draft(alice, "fundraising", null)).isEqualTo("Hi Alice, a quick question: I'm looking to"
                + " meet people who know about fundraising. Who would you suggest I talk to? Even one name would help a"
                + " lot, and I'm happy to return the favour any time.");
        Target gamma = f.network().targets().addOrganization("Gamma Bank", null);
        assertThat(Referrals.draft(alice, "Gamma Bank", gamma)).contains("I'm hoping to meet someone at Gamma Bank."
                + " Who would you suggest I talk to there?");
        Contact named = f.book.contacts().add(ContactDraft.builder("Dr. Ruth Ng").givenName("Ruth").build());
        assertThat(Referrals.draft(named, "archives", null)).startsWith("Hi Ruth, ");
    }
}
