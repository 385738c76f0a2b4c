package dev.kith.io;

import java.util.Locale;
import java.util.Random;

/**
 * Generated import files: a LinkedIn {@code Connections.csv} and vCards, deterministic (seed 42), the
 * same text every time. The launcher's start-up cache is trained on them (the import path), the import
 * benchmark (module bench) times them at 30,000 rows and 10,000 cards, and tests import them.
 */
public final class SampleImports {
    private static final String[] GIVEN = {"Ana", "Bo", "Cy", "Dee", "Eli", "Flor", "Gus", "Hana", "José", "Li",
            "Mia", "Noor", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Tomás", "Uma", "Zoë"};
    private static final String[] FAMILY = {"Lima", "Chen", "Diaz", "Evans", "Fong", "García", "Hale", "Ito",
            "Núñez", "Okafor", "Patel", "Quist", "Rossi", "Schmidt", "Tanaka", "Ünal", "Virtanen", "Wu"};
    private static final String[] ORGS = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries",
            "Chen, Wu & Partners", "Universidad de Chile", "北京大学", "Vandelay \"Imports\""};
    private static final String[] TITLES = {"Librarian", "Engineer", "Director, Projects", "CTO", "Analyst",
            "Researcher", "Product Manager", "Head of IT"};

    private SampleImports() {
    }

    /** A generated file of {@code records} people in {@code format}: LinkedIn or vCard. */
    public static String text(ImportFormat format, int records) {
        return switch (format) {
            case LINKEDIN -> linkedin(records);
            case VCARD -> vcards(records);
            default -> throw new IllegalArgumentException("the generator writes LinkedIn and vCard files only");
        };
    }

    /** A LinkedIn {@code Connections.csv} of {@code rows} connections, with LinkedIn's notes above the header. */
    public static String linkedin(int rows) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder("Notes:\n\"When exporting your connection data, you may notice that some"
                + " of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
                + "Connected On\n");
        for (int i = 0; i < rows; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String email = random.nextInt(3) == 0 ? "p" + i + "@example.org" : "";
            sb.append(given).append(',').append(family).append(",https://www.linkedin.com/in/p-").append(i).append(',')
                    .append(email).append(',').append(csv(ORGS[random.nextInt(ORGS.length)])).append(',')
                    .append(csv(TITLES[random.nextInt(TITLES.length)])).append(',')
                    .append(1 + random.nextInt(28)).append(' ')
                    .append(java.time.Month.of(1 + random.nextInt(12)).getDisplayName(java.time.format.TextStyle.SHORT,
                            Locale.ENGLISH)).append(' ').append(2010 + random.nextInt(16)).append('\n');
        }
        return sb.toString();
    }

    /** {@code cards} vCards 3.0, CRLF line ends. */
    public static String vcards(int cards) {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cards; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            sb.append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:").append(family).append(';').append(given).append(";;;\r\n")
                    .append("FN:").append(given).append(' ').append(family).append("\r\n")
                    .append("EMAIL;TYPE=INTERNET:v").append(i).append("@example.org\r\n")
                    .append("TEL;TYPE=CELL:+1 555 ").append(String.format("%04d", i % 10_000)).append("\r\n")
                    .append("ORG:").append(ORGS[random.nextInt(ORGS.length)].replace(",", "\\,")).append("\r\n")
                    .append("TITLE:").append(TITLES[random.nextInt(TITLES.length)].replace(",", "\\,")).append("\r\n")
                    .append("CATEGORIES:bench,group").append(i % 7).append("\r\n")
                    .append("END:VCARD\r\n");
        }
        return sb.toString();
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
