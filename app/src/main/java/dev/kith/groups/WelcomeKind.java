package dev.kith.groups;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.contacts.Contacts;
import dev.kith.events.Event;
import dev.kith.events.Events;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.today.Action;
import dev.kith.today.ActionKind;
import dev.kith.today.Candidate;
import dev.kith.today.Person;
import dev.kith.today.Snapshot;
import dev.kith.today.SnapshotPart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code welcome}: a contact who joined one of my groups within the last {@value Groups#NEW_MEMBER_DAYS}
 * days gets a personal welcome email inviting them to the group's next event and offering to
 * introduce them to two fellow members chosen by common ground; most urgent in the first three days,
 * then less so each day. Seed: "send a personal welcome email
 * to a new member, invite them to an event and offer to introduce them to others". Fresher is more urgent.
 */
public final class WelcomeKind implements ActionKind {
    private final Book book;
    private final Groups groups;
    private final Contacts contacts;
    private final Events events;
    private final Interactions interactions;
    /** Everyone who joined a group in the window, with the group's next event and the introductions. */
    private final SnapshotPart<List<Welcome>> newMembers = this::welcomes;

    public WelcomeKind(Book book, Groups groups, Contacts contacts, Events events, Interactions interactions) {
        this.book = book;
        this.groups = groups;
        this.contacts = contacts;
        this.events = events;
        this.interactions = interactions;
    }

    @Override
    public String code() {
        return "welcome";
    }

    /** The welcomes due on {@code today}, newest members first. */
    public List<Welcome> welcomes(LocalDate today) {
        List<Member> joined = groups.joinedBetween(today.minusDays(Groups.NEW_MEMBER_DAYS), today);
        if (joined.isEmpty()) {
            return List.of();
        }
        Long me = book.me().orElse(null);
        Map<String, String> industries = CommonGround.industries(contacts.organizations());
        Map<Long, List<Member>> members = new HashMap<>();
        List<Welcome> welcomes = new ArrayList<>();
        for (Member m : joined) {
            if (me != null && m.contactId() == me) {
                continue;
            }
            List<Member> fellows = members.computeIfAbsent(m.groupId(), g -> groups.members(g));
            List<Long> others = fellows.stream().map(Member::contactId)
                    .filter(id -> id != m.contactId() && (me == null || id != me.longValue())).toList();
            Contact newcomer = contacts.get(m.contactId());
            List<Contact> candidates = contacts.getAll(others).stream()
                    .filter(c -> !c.archived() && !c.doNotContact()).toList();
            Event next = events.ofGroup(m.groupId(), today).stream().findFirst().orElse(null);
            welcomes.add(new Welcome(m, next, CommonGround.pick(newcomer, candidates, industries, 2)));
        }
        return List.copyOf(welcomes);
    }

    @Override
    public List<Candidate> propose(Snapshot s) {
        List<Candidate> actions = new ArrayList<>();
        for (Welcome w : s.part(newMembers)) {
            Snapshot.ContactFacts facts = s.contact(w.member().contactId());
            if (facts == null || !facts.reachable()) {
                continue;
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(w.member().since(), s.today());
            // welcome:CONTACT:SINCE — no group id, so that a backup restores the id (contacts are remapped by key)
            actions.add(new Candidate(code() + ":" + w.member().contactId() + ":" + w.member().since(), code(),
                    List.of(facts.person()), Math.max(0.4, 1.0 - 0.05 * Math.max(0, days - 3)), 1.0, w.member().groupId(),
                    () -> new Candidate.Text(w.reason(s.today()), w.draft(s.today()))));
        }
        return actions;
    }

    /** Logs the welcome as an email I sent today. */
    @Override
    public void complete(Action action, String note) {
        Group group = groups.get(action.ref());
        interactions.log(Interaction.draft(book.clock().today(), InteractionKind.EMAIL, Initiator.ME, null,
                note == null || note.isBlank() ? "Welcome to " + group.name() : note.strip(), Exchange.GAVE, false,
                action.people().stream().map(Person::id).toList()));
    }
}
