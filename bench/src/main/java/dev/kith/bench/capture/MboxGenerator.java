package dev.kith.bench.capture;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a large mbox shaped like a real mailbox export, for timing capture (test-only tooling):
 * Received and DKIM fields, multipart bodies of a few KB, a mix of person mail to and from
 * {@value #CONTACTS} contacts and strangers, replies threading by References, list mail, bulk
 * mail, automatic replies and notifications, and some messages repeated (Gmail labels). Seeded.
 */
public final class MboxGenerator {
    public static final int CONTACTS = 300;
    public static final String ME = "me@work.example";
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEPARATOR = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] WORDS = ("the project meeting budget draft review library conference lunch next week"
            + " thanks for your note about catalogue migration vendor contract slides panel talk board members"
            + " volunteer schedule agenda minutes proposal deadline travel hotel coffee friday monday").split(" ");

    private final Random random = new Random(42);
    private final List<String> recent = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();

    public static String contact(int i) {
        return "person" + i + "@people.example";
    }

    /** Writes {@code count} messages to {@code file}, oldest first, over the two years before 2026-11-01. */
    public void write(Path file, int count) throws IOException {
        long start = Instant.parse("2024-11-01T00:00:00Z").getEpochSecond();
        long step = 2L * 365 * 24 * 3600 / count;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                Instant at = Instant.ofEpochSecond(start + i * step + random.nextInt((int) Math.max(1, step)));
                int kind = random.nextInt(100);
                if (kind < 1 && !recent.isEmpty()) {
                    out.write(recent.get(random.nextInt(recent.size()))); // the same message under another label
                    continue;
                }
                String message = kind < 40 ? inbound(i, at) : kind < 60 ? outbound(i, at) : kind < 85 ? list(i, at)
                        : kind < 95 ? bulk(i, at) : automatic(i, at);
                out.write(message);
                if (recent.size() < 200) {
                    recent.add(message);
                } else {
                    recent.set(random.nextInt(200), message);
                }
            }
        }
    }

    private String correspondent() {
        return random.nextInt(3) > 0 ? contact(random.nextInt(CONTACTS)) : "stranger" + random.nextInt(2000)
                + "@elsewhere.example";
    }

    private String inbound(int i, Instant at) {
        String from = correspondent();
        String cc = random.nextInt(4) == 0 ? "Cc: " + correspondent() + ", " + correspondent() + "\n" : "";
        return envelope(i, at, "\"" + name(from) + "\" <" + from + ">", "Me <" + ME + ">", cc, subject(), "", body());
    }

    private String outbound(int i, Instant at) {
        String to = correspondent();
        String parent = "<m" + Math.max(0, i - 1 - random.nextInt(50)) + "@gen.example>";
        return envelope(i, at, "Me <" + ME + ">", "\"" + name(to) + "\" <" + to + ">", "", "Re: " + subject(),
                "In-Reply-To: " + parent + "\nReferences: " + parent + "\n", body());
    }

    private String list(int i, Instant at) {
        int list = random.nextInt(20);
        return envelope(i, at, contact(random.nextInt(CONTACTS)), "list" + list + "@lists.example", "",
                "[list" + list + "] " + subject(), "List-Id: List " + list + " <list" + list + ".lists.example>\n"
                        + "List-Unsubscribe: <mailto:list" + list + "-leave@lists.example>\nPrecedence: list\n", body());
    }

    private String bulk(int i, Instant at) {
        return envelope(i, at, "Shop <news@shop" + random.nextInt(50) + ".example>", ME, "", "Offers this week",
                "List-Unsubscribe: <https://shop.example/u>\nPrecedence: bulk\n", body());
    }

    private String automatic(int i, Instant at) {
        return random.nextBoolean()
                ? envelope(i, at, contact(random.nextInt(CONTACTS)), ME, "", "Automatic reply: " + subject(),
                "Auto-Submitted: auto-replied\n", "I am away until Monday.\n")
                : envelope(i, at, "notifications@forge.example", ME, "", "New activity", "", body());
    }

    private String envelope(int i, Instant at, String from, String to, String cc, String subject, String extra,
                            String body) {
        String boundary = "b" + i;
        return "From " + (i % 7 == 0 ? "-" : "17" + i + "@xxx") + " " + SEPARATOR.format(at) + "\n"
                + "X-GM-THRID: 17" + (i / 3) + "\nX-Gmail-Labels: Inbox,Important\n"
                + "Received: from mx" + (i % 9) + ".example (mx.example [192.0.2." + (i % 250) + "])\n"
                + "        by mail.work.example with ESMTPS id " + Integer.toHexString(i * 31) + "\n"
                + "        for <" + ME + ">; " + RFC.format(at) + "\n"
                + "Received: by 2002:a05:6a10:" + Integer.toHexString(i) + " with SMTP id x; " + RFC.format(at) + "\n"
                + "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s1;\n"
                + "        h=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\n"
                + "        b=" + "dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgaXMgYXMgbG9uZyBhcyBvbmU".repeat(4) + "\n"
                + "Message-ID: <m" + i + "@gen.example>\nDate: " + RFC.format(at) + "\nFrom: " + from + "\nTo: " + to
                + "\n" + cc + "Subject: " + subject + "\n" + extra
                + "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"" + boundary + "\"\n\n"
                + "--" + boundary + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + body + "\n--" + boundary + "\nContent-Type: text/html; charset=UTF-8\n\n<html><body><p>"
                + body.replace("\n", "<br>\n") + "</p></body></html>\n--" + boundary + "--\n\n";
    }

    private String subject() {
        return WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                + WORDS[random.nextInt(WORDS.length)];
    }

    private String body() {
        paragraph.setLength(0);
        int lines = 6 + random.nextInt(10);
        for (int l = 0; l < lines; l++) {
            for (int w = 0; w < 11; w++) {
                paragraph.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            paragraph.append(l % 5 == 4 ? "\n>From the last message\n" : "\n");
        }
        return paragraph.toString();
    }

    private static String name(String email) {
        String local = email.substring(0, email.indexOf('@'));
        return Character.toUpperCase(local.charAt(0)) + local.substring(1) + " Example";
    }
}
