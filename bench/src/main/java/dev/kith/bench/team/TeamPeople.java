package dev.kith.bench.team;

import java.util.SplittableRandom;

/**
 * The world a generated team knows: {@code size} people, each with a name (first and last names repeat,
 * so a name alone is ambiguous), a current organization and title, and, for most, an email and a LinkedIn
 * address. Deterministic for a seed, so a query run on a reused database draws the same people. Person
 * {@code i}'s popularity falls with {@code i}: {@link #draw} picks low numbers more often, so some people are
 * known by dozens of colleagues and most by a few.
 */
final class TeamPeople {
    private static final String[] FIRST = {"Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivan",
        "Jia", "Kofi", "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Viktor",
        "Wen", "Ximena", "Yusuf", "Zoe", "José", "Núria", "Søren", "Ayşe", "Björn", "Chloé", "Dmitri", "Emeka",
        "Farah", "Giulia", "Hiro", "Ines", "Jonas", "Kira"};
    private static final String[] LAST = {"Lima", "Chen", "Novak", "Okafor", "Schmidt", "Garcia", "Kowalski",
        "Nguyen", "Haddad", "Silva", "Kim", "Müller", "Rossi", "Dubois", "Sato", "Patel", "Ivanova", "Cohen",
        "Andersen", "Moreau", "Nunez", "Fischer", "Yilmaz", "Brown", "Tanaka", "Costa", "Singh", "Ali", "Weber",
        "Jensen", "Lopez", "Park", "Horvat", "Mensah", "Larsen", "Ortiz", "Wright", "Ferrari", "Berg", "Santos"};
    private static final String[] ORG_WORDS = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne",
        "Tyrell", "Cyberdyne", "Soylent", "Hooli", "Vandelay", "Wonka", "Oscorp", "Aperture", "Massive", "Gringotts"};
    private static final String[] ORG_KINDS = {"Labs", "Bank", "University", "Health", "Media", "Systems",
        "Foundation", "Logistics", "Energy", "Capital", "Library", "Studio"};
    private static final String[] TITLES = {"CTO", "Head of Data", "Engineer", "Product Manager", "Librarian",
        "Director", "Researcher", "Designer", "CFO", "Partner", "Analyst", "Professor"};

    private final String[] names;
    private final String[] organizations;
    private final String[] titles;
    private final String[] emails;
    private final String[] linkedins;

    TeamPeople(int size, long seed) {
        names = new String[size];
        organizations = new String[size];
        titles = new String[size];
        emails = new String[size];
        linkedins = new String[size];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            names[i] = first + " " + last;
            organizations[i] = ORG_WORDS[r.nextInt(ORG_WORDS.length)] + " " + ORG_KINDS[r.nextInt(ORG_KINDS.length)];
            titles[i] = TITLES[r.nextInt(TITLES.length)];
            String handle = ascii(first) + "." + ascii(last) + "." + i;
            emails[i] = r.nextInt(10) < 7 ? handle + "@" + ascii(organizations[i]).replace(' ', '-') + ".example" : null;
            linkedins[i] = r.nextInt(10) < 6 ? "https://www.linkedin.com/in/" + handle.replace('.', '-') : null;
        }
    }

    int size() {
        return names.length;
    }

    /** A person, the popular ones (low numbers) more often: {@code size · u²} for a uniform {@code u}. */
    int draw(SplittableRandom r) {
        double u = r.nextDouble();
        return Math.min(names.length - 1, (int) (names.length * u * u));
    }

    String name(int i) {
        return names[i];
    }

    String organization(int i) {
        return organizations[i];
    }

    String title(int i) {
        return titles[i];
    }

    /** The person's email; null for the three in ten without one. */
    String email(int i) {
        return emails[i];
    }

    /** The person's LinkedIn address; null for the four in ten without one. */
    String linkedin(int i) {
        return linkedins[i];
    }

    private static String ascii(String s) {
        return dev.kith.core.Text.words(s).replace(' ', '-');
    }
}
