package dev.kith.demo;

import dev.kith.app.Kith;
import dev.kith.contacts.Circle;
import dev.kith.contacts.ContactDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Plans the demo people (pure, from a seed) and then stores them as contacts of a book. */
final class Roster {
    private static final List<String> NOTES = List.of(
            "Prefers e-mail over phone; answers within a day.", "Has two kids in high school; coaches soccer.",
            "Training for a marathon this spring.", "Wants to move into management in the next two years.",
            "Great at explaining %s to non-specialists.", "Ask about the %s pilot next time.",
            "Writes a newsletter on %s.", "Mentioned looking for speakers on %s.");
    private static final List<Integer> CADENCES = List.of(21, 45, 60, 120);

    private final SplittableRandom rnd;
    private final LocalDate today;

    Roster(long seed, LocalDate today) {
        this.rnd = new SplittableRandom(seed);
        this.today = today;
    }

    /** The organizations for a network of {@code people}: about one per seven or eight people. */
    static List<Org> organizationsFor(int people) {
        return Industries.organizations(Math.max(8, Math.min(484, people * 2 / 15)));
    }

    /** "Me": the library systems lead whose book this is. */
    static Person me(Org employer) {
        Person me = new Person(-1, "Jordan", "Ellis");
        me.org = employer;
        me.title = "Head of Library Systems & IT";
        me.city = employer.city();
        me.circle = Circle.INNER;
        me.emails.add("jordan.ellis@" + employer.domain());
        me.interests.addAll(List.of("email migration", "project management", "digital preservation", "mentoring"));
        return me;
    }

    /** {@code count} people with distinct names, jobs, circles and how-we-met stories. */
    List<Person> plan(int count, List<Org> orgs) {
        List<int[]> names = new ArrayList<>();
        for (int g = 0; g < Catalog.GIVEN.size(); g++) {
            for (int f = 0; f < Catalog.FAMILY.size(); f++) {
                names.add(new int[] {g, f});
            }
        }
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int slot = i % names.size();
            if (i < names.size()) {
                names.set(slot, names.set(i + rnd.nextInt(names.size() - i), names.get(slot)));
            }
            int[] name = names.get(slot);
            String given = Catalog.GIVEN.get(name[0]) + (i < names.size() ? "" : " " + (char) ('A' + i / names.size() % 26) + ".");
            Person p = new Person(i, given, Catalog.FAMILY.get(name[1]));
            if (i % 150 == 149) {
                p = relative(i, people.get(rnd.nextInt(i)), name);
            }
            fill(p, orgs.get((int) (orgs.size() * Math.pow(rnd.nextDouble(), 1.4))), people);
            people.add(p);
        }
        return people;
    }

    private Person relative(int index, Person of, int[] name) {
        Person p = new Person(index, Catalog.GIVEN.get(name[0]), of.familyName);
        p.relativeOf = of;
        return p;
    }

    private void fill(Person p, Org org, List<Person> earlier) {
        Industries.Industry industry = Industries.of(org.industry());
        p.org = org;
        p.title = Catalog.pick(rnd, industry.titles());
        p.city = rnd.nextInt(10) < 8 ? org.city() : Catalog.pick(rnd, Catalog.CITIES);
        double c = rnd.nextDouble();
        p.circle = c < 0.03 ? Circle.INNER : c < 0.15 ? Circle.CLOSE : c < 0.60 ? Circle.NETWORK : Circle.ACQUAINTANCE;
        if (rnd.nextInt(20) == 0) {
            p.cadenceDays = Catalog.pick(rnd, CADENCES);
        }
        int topics = 1 + rnd.nextInt(3);
        for (int t = 0; t < topics; t++) {
            String topic = rnd.nextInt(3) == 0 ? Catalog.pick(rnd, Catalog.TOPICS) : Catalog.pick(rnd, industry.topics());
            if (!p.interests.contains(topic)) {
                p.interests.add(topic);
            }
        }
        if (industry.tag() != null && rnd.nextInt(3) > 0) {
            p.tags.add(industry.tag());
        }
        if (rnd.nextInt(100) < 88) {
            p.emails.add(Catalog.slug(p.givenName, "") + "." + Catalog.slug(p.familyName, "") + "@" + org.domain());
        }
        if (rnd.nextInt(100) < 15) {
            p.emails.add(Catalog.slug(p.name(), "") + "@example." + (rnd.nextBoolean() ? "com" : "org"));
        }
        if (rnd.nextInt(100) < 40) {
            p.phones.add("+1 %03d-555-01%02d".formatted(200 + rnd.nextInt(700), rnd.nextInt(100)));
        }
        if (rnd.nextInt(100) < 65) {
            p.linkedinUrl = "https://www.linkedin.com/in/" + Catalog.slug(p.name(), "-") + "-" + (100 + rnd.nextInt(900));
        }
        howMet(p, earlier);
        if (rnd.nextInt(100) < 20) {
            p.notes = Catalog.pick(rnd, NOTES).formatted(p.interests.getFirst());
        }
    }

    private void howMet(Person p, List<Person> earlier) {
        int story = rnd.nextInt(100);
        p.firstMet = today.minusDays(60 + rnd.nextInt(3000));
        if (story < 30) {
            Catalog.Conference conf = Catalog.pick(rnd, Catalog.CONFERENCES);
            int year = p.firstMet.getYear();
            LocalDate date = LocalDate.of(year, conf.month(), conf.day());
            p.firstMet = date.isBefore(today.minusDays(30)) ? date : date.minusYears(1);
            p.howMet = "Met at " + conf.name() + " " + p.firstMet.getYear();
        } else if (story < 45 && earlier.size() > 10) {
            p.metThrough = earlier.get(rnd.nextInt(earlier.size()));
            p.howMet = "Introduced by " + p.metThrough.name();
        } else if (story < 57) {
            p.howMet = "Former colleague at " + Catalog.pick(rnd, Industries.of(Industries.ACADEMIC_LIBRARIES).organizations());
            p.tags.add("former-colleague");
        } else if (story < 65) {
            p.howMet = "Volunteered together at " + Catalog.pick(rnd, Catalog.VOLUNTEERING);
            p.tags.add("volunteer");
        } else if (story < 72) {
            p.howMet = "Classmate in the MLIS program";
            p.tags.add("alumni");
        } else if (story < 77) {
            p.howMet = "Paired through the ALA mentoring program";
            p.tags.add("mentor");
        } else if (story < 85 && p.org.industry().equals(Industries.SOFTWARE_VENDORS)) {
            p.howMet = "Vendor contact during the " + Catalog.pick(rnd, p.interests) + " project";
        } else if (story < 92) {
            p.howMet = "Connected on LinkedIn after a webinar on " + p.interests.getFirst();
        }
    }

    /** Stores {@code person} as a contact and remembers its id. */
    static void store(Kith book, Person p) {
        ContactDraft.Builder draft = ContactDraft.builder(p.name()).givenName(p.givenName).familyName(p.familyName)
                .emails(p.emails).phones(p.phones).organization(p.org.name()).title(p.title).location(p.city)
                .linkedinUrl(p.linkedinUrl).tags(p.tags).interests(p.interests).howMet(p.howMet)
                .metThroughId(p.metThrough == null ? null : p.metThrough.id).firstMet(p.firstMet).circle(p.circle)
                .cadenceDays(p.cadenceDays).doNotContact(p.doNotContact).notes(p.notes);
        p.id = book.contacts().add(draft.build()).id();
        if (p.archived) {
            book.contacts().archive(p.id, true);
        }
    }
}
