package dev.kith.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Names, places, topics, tags and events the demo people are made of. Immutable. */
final class Catalog {
    static final List<String> GIVEN = List.of(
            "Ana", "José", "Zoë", "Søren", "Priya", "Wei", "Amara", "Liam", "Fatima", "Mateo", "Chloé", "Kwame",
            "Hannah", "Diego", "Mei", "Oluwaseun", "Noah", "Ingrid", "Rahul", "Sofia", "Tomás", "Aisha", "Björn",
            "Grace", "Hiroshi", "Camila", "Ethan", "Nadia", "Mohammed", "Renée", "Lucas", "Yuki", "Elena", "Samuel",
            "Thandiwe", "Marcus", "Inés", "Arjun", "Leah", "Kofi", "Émilie", "Daniel", "Mariana", "Jonas", "Olivia",
            "Minh", "Beatriz", "Patrick", "Leila", "Andrés", "Sarah", "Ravi", "Astrid", "Chen", "Isabel", "Omar",
            "Claire", "Jamal", "Lucía", "Henrik", "Maya", "Kenji", "Adaeze", "Gabriel", "Nora", "Vikram", "Julia",
            "Tariq", "Freya", "Joaquín", "Rachel", "Sanjay", "Ewa", "Malik", "Anneliese", "Carlos", "Ji-woo",
            "Lauren", "Paolo", "Siobhan", "Ahmed", "Margot", "Dev", "Valentina", "Kai", "Rosa", "Ibrahim", "Helen",
            "François", "Naomi", "Raúl", "Linnea", "Tunde", "Monica", "Declan", "Yasmin", "Stefan", "Ayesha",
            "Benjamin", "Lena");
    static final List<String> FAMILY = List.of(
            "Lima", "Núñez", "Andersen", "Søndergaard", "Patel", "Zhang", "Okafor", "O'Brien", "Haddad", "García",
            "Lefèvre", "Mensah", "Schmidt", "Hernández", "Wong", "Adeyemi", "Johansson", "Kowalski", "Sharma",
            "Rossi", "Ferreira", "Khan", "Müller", "Nakamura", "Silva", "Brooks", "Nguyen", "Ibrahim", "Dubois",
            "Martín", "Tanaka", "Popescu", "Abernathy", "Dlamini", "Reyes", "Çelik", "Kim", "Walsh", "Asante",
            "Moreau", "Castillo", "Lindqvist", "Chen", "Oyelaran", "Wójcik", "Fitzgerald", "Ramírez", "Iyer",
            "Bergström", "Costa", "Yamamoto", "Evans", "Petrov", "Mahmoud", "Jensen", "Ortiz", "Choi", "Novak",
            "Gallagher", "Santos", "Østergaard", "Thompson", "Kaur", "Bianchi", "Mbeki", "Herrera", "Park",
            "Larsen", "Vargas", "Okonkwo", "Becker", "Rahman", "Lindgren", "Delgado", "Murphy", "Sato", "Fischer",
            "Banerjee", "Álvarez", "Hughes", "Eriksen", "Cruz", "Ali", "Sørensen", "Morales", "Clarke", "Liu",
            "Achebe", "Romero", "Weber", "Gupta", "Holm", "Torres", "Nwosu", "Vázquez", "Bennett", "Hoang",
            "Jovanović", "Mendoza", "Quinn");
    static final List<String> CITIES = List.of(
            "Portland, OR", "Chicago, IL", "Austin, TX", "Toronto, ON", "Minneapolis, MN", "Denver, CO",
            "Boston, MA", "Seattle, WA", "Atlanta, GA", "Columbus, OH", "Madison, WI", "Raleigh, NC",
            "Pittsburgh, PA", "Sacramento, CA", "Albuquerque, NM", "Baltimore, MD", "Kansas City, MO",
            "Salt Lake City, UT", "Montréal, QC", "Ann Arbor, MI", "Tucson, AZ", "Nashville, TN", "Omaha, NE",
            "Spokane, WA", "Richmond, VA", "Buffalo, NY", "Boise, ID", "Des Moines, IA", "Louisville, KY",
            "Tacoma, WA", "Fresno, CA", "Lexington, KY", "Providence, RI", "Burlington, VT", "Halifax, NS",
            "Eugene, OR", "Durham, NC", "Tulsa, OK", "Savannah, GA", "Rochester, NY");
    static final List<String> TOPICS = List.of(
            "information literacy", "email migration", "open access", "digital preservation", "project management",
            "employee engagement", "coaching", "library instruction", "cybersecurity", "data governance",
            "cloud migration", "change management", "user experience", "accessibility", "leadership development",
            "vendor management", "research data management", "ai in libraries", "budgeting", "mentoring");
    /** Conferences by name, month and day: they recur every year on about the same date. */
    static final List<Conference> CONFERENCES = List.of(
            new Conference("ALA LibLearnX", 1, 24), new Conference("Code4Lib", 3, 12),
            new Conference("Computers in Libraries", 4, 8), new Conference("CIO Summit", 5, 14),
            new Conference("ALA Annual", 6, 27), new Conference("PMI Global Congress", 9, 18),
            new Conference("EDUCAUSE Annual Conference", 10, 21), new Conference("Digital Preservation Summit", 11, 5),
            new Conference("State Library Association Conference", 11, 13));
    static final List<String> VOLUNTEERING = List.of(
            "the county literacy tutoring program", "the Friends of the Library book sale",
            "the regional food bank IT day", "a Code the Future weekend hackathon");

    /** A yearly conference. */
    record Conference(String name, int month, int day) {
    }

    private Catalog() {
    }

    static <T> T pick(SplittableRandom rnd, List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }

    /** {@code text} in lower-case ASCII letters and digits, words joined by {@code joiner}. */
    static String slug(String text, String joiner) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O").replace("&", "and");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().replace(" ", joiner);
    }
}
