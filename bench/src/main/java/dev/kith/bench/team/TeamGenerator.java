package dev.kith.bench.team;

import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.core.Text;
import dev.kith.store.Database;
import dev.kith.store.Dialect;
import dev.kith.team.TeamSharing;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Handle;

/**
 * Writes a team: {@code users} accounts named {@code user1}, {@code user2}, ..., each with a book of
 * {@code contactsEach} people drawn from {@link TeamPeople} (as each user happens to have them: an email six
 * times in ten, the LinkedIn address in one of four spellings half the time, the name's case and blanks now
 * and then different, a current job nine times in ten), about three interactions per contact over two years,
 * a few in the inner or close circle, archived or not to be contacted, and twenty colleagues in each book
 * (by their account email) with their own interactions. Every user shares their graph. Rows go in by JDBC
 * batches, one transaction per book; the full-text index is not filled (the team queries do not read it).
 */
public final class TeamGenerator {
    /** Colleagues in each book, found by the colleague's account email. */
    static final int COLLEAGUES = 20;
    private static final String[] KINDS = {"email", "call", "meeting", "coffee", "message", "lunch"};
    private static final int BATCH = 2000;

    private TeamGenerator() {
    }

    /** How many people the world of a team of this size has: each is in eight books on average. */
    public static int people(int users, int contactsEach) {
        return Math.max(contactsEach * 2, users * contactsEach / 8);
    }

    /** Writes the team unless the database has users already; returns the seconds spent (0 when reused). */
    public static double generate(Database db, int users, int contactsEach, long seed, LocalDate today) {
        boolean present = db.read(h -> h.createQuery("SELECT count(*) FROM users").mapTo(Integer.class).one()) > 0;
        if (present) {
            return 0;
        }
        long start = System.nanoTime();
        TeamPeople people = new TeamPeople(people(users, contactsEach), seed);
        KithClock clock = KithClock.fixed(today);
        long[] books = new long[users];
        for (int u = 0; u < users; u++) {
            books[u] = Book.open(db, "user" + (u + 1), clock).id();
            long book = books[u];
            int n = u + 1;
            db.update(h -> h.createUpdate("INSERT INTO users (name, email, password_hash, book_id, created_at)"
                            + " VALUES (:name, :email, 'generated', :book, 0)")
                    .bind("name", "user" + n).bind("email", "user" + n + "@team.example").bind("book", book).execute());
            new TeamSharing(db).setShared(book, true);
        }
        Ids ids = db.read(Ids::next);
        for (int u = 0; u < users; u++) {
            int user = u;
            SplittableRandom r = new SplittableRandom(seed * 31 + u);
            db.update(h -> {
                try {
                    new BookWriter(h.getConnection(), db.dialect(), books[user], today, ids).write(people, user, users,
                            contactsEach, r);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot write book " + (user + 1) + ": " + e.getMessage(), e);
                }
            });
        }
        if (db.dialect() == Dialect.POSTGRESQL) {
            db.update(h -> {
                for (String table : new String[] {"contacts", "organizations", "employments", "interactions"}) {
                    h.createQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM "
                            + table + "))").mapTo(Long.class).one();
                }
            });
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The next free id of each table written, handed out in order. */
    static final class Ids {
        long contact;
        long organization;
        long employment;
        long interaction;

        static Ids next(Handle h) {
            Ids ids = new Ids();
            ids.contact = max(h, "contacts");
            ids.organization = max(h, "organizations");
            ids.employment = max(h, "employments");
            ids.interaction = max(h, "interactions");
            return ids;
        }

        private static long max(Handle h, String table) {
            return h.createQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table).mapTo(Long.class).one();
        }
    }

    /** Writes one book's rows through prepared statements on the transaction's connection. */
    private static final class BookWriter {
        private final Dialect dialect;
        private final long book;
        private final LocalDate today;
        private final Ids ids;
        private final PreparedStatement contacts;
        private final PreparedStatement emails;
        private final PreparedStatement orgs;
        private final PreparedStatement jobs;
        private final PreparedStatement interactions;
        private final PreparedStatement people;
        private final Map<String, Long> orgIds = new HashMap<>();
        private int pending;

        BookWriter(Connection c, Dialect dialect, long book, LocalDate today, Ids ids) throws SQLException {
            this.dialect = dialect;
            this.book = book;
            this.today = today;
            this.ids = ids;
            contacts = c.prepareStatement("INSERT INTO contacts (id, book_id, display_name, name_key, linkedin_url,"
                    + " circle, do_not_contact, archived, notes, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            emails = c.prepareStatement("INSERT INTO contact_emails (book_id, contact_id, email, email_key, position)"
                    + " VALUES (?, ?, ?, ?, 0)");
            orgs = c.prepareStatement("INSERT INTO organizations (id, book_id, name, name_key) VALUES (?, ?, ?, ?)");
            jobs = c.prepareStatement("INSERT INTO employments (id, book_id, contact_id, organization_id, title)"
                    + " VALUES (?, ?, ?, ?, ?)");
            interactions = c.prepareStatement("INSERT INTO interactions (id, book_id, occurred_on, kind, initiator,"
                    + " summary) VALUES (?, ?, ?, ?, ?, ?)");
            people = c.prepareStatement("INSERT INTO interaction_people (book_id, interaction_id, contact_id,"
                    + " occurred_on, kind, initiator) VALUES (?, ?, ?, ?, ?, ?)");
        }

        void write(TeamPeople world, int user, int users, int size, SplittableRandom r) throws SQLException {
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < Math.min(size, world.size())) {
                chosen.add(world.draw(r));
            }
            for (int p : chosen) {
                person(world, p, r);
            }
            for (int i = 0; i < Math.min(COLLEAGUES, users - 1); i++) {
                int other = (user + 1 + r.nextInt(users - 1)) % users;
                long id = contact("User " + (other + 1), null, "network", false, false, r);
                email(id, "user" + (other + 1) + "@team.example");
                interactions(id, r.nextInt(11), r);
            }
            flush();
            for (PreparedStatement s : new PreparedStatement[] {contacts, emails, orgs, jobs, interactions, people}) {
                s.close();
            }
        }

        private void person(TeamPeople world, int p, SplittableRandom r) throws SQLException {
            String name = world.name(p);
            int variant = r.nextInt(20);
            name = variant == 0 ? name.toLowerCase(Locale.ROOT) : variant == 1 ? " " + name.replace(" ", "  ") + " " : name;
            String linkedin = world.linkedin(p) != null && r.nextBoolean() ? spell(world.linkedin(p), r) : null;
            int c = r.nextInt(100);
            String circle = c < 3 ? "inner" : c < 10 ? "close" : "network";
            long id = contact(name, linkedin, circle, r.nextInt(100) == 0, r.nextInt(50) == 0, r);
            if (world.email(p) != null && r.nextInt(10) < 6) {
                email(id, r.nextInt(5) == 0 ? world.email(p).toUpperCase(Locale.ROOT) : world.email(p));
            }
            if (r.nextInt(10) < 9) {
                job(id, world.organization(p), world.title(p));
            }
            interactions(id, r.nextInt(7), r);
        }

        /** A LinkedIn address as people paste it: with or without the scheme, "www." and a trailing slash. */
        private static String spell(String url, SplittableRandom r) {
            return switch (r.nextInt(4)) {
                case 0 -> url;
                case 1 -> url + "/";
                case 2 -> url.replace("https://www.", "http://");
                default -> url.replace("https://www.linkedin", "https://LinkedIn");
            };
        }

        private long contact(String name, String linkedin, String circle, boolean dnc, boolean archived,
                             SplittableRandom r) throws SQLException {
            long id = ids.contact++;
            contacts.setLong(1, id);
            contacts.setLong(2, book);
            contacts.setString(3, name.strip());
            contacts.setString(4, Text.key(name));
            contacts.setString(5, linkedin);
            contacts.setString(6, circle);
            contacts.setBoolean(7, dnc);
            contacts.setBoolean(8, archived);
            contacts.setString(9, "private notes about " + name.strip());
            date(contacts, 10, today.minusDays(r.nextInt(2000)));
            contacts.addBatch();
            count();
            return id;
        }

        private void email(long contact, String email) throws SQLException {
            emails.setLong(1, book);
            emails.setLong(2, contact);
            emails.setString(3, email);
            emails.setString(4, email.trim().toLowerCase(Locale.ROOT));
            emails.addBatch();
            count();
        }

        private void job(long contact, String org, String title) throws SQLException {
            String key = Text.key(org);
            Long orgId = orgIds.get(key);
            if (orgId == null) {
                orgId = ids.organization++;
                orgIds.put(key, orgId);
                orgs.setLong(1, orgId);
                orgs.setLong(2, book);
                orgs.setString(3, org);
                orgs.setString(4, key);
                orgs.addBatch();
                orgs.executeBatch();
            }
            jobs.setLong(1, ids.employment++);
            jobs.setLong(2, book);
            jobs.setLong(3, contact);
            jobs.setLong(4, orgId);
            jobs.setString(5, title);
            jobs.addBatch();
            count();
        }

        private void interactions(long contact, int n, SplittableRandom r) throws SQLException {
            for (int i = 0; i < n; i++) {
                long id = ids.interaction++;
                LocalDate day = today.minusDays(r.nextInt(730));
                String kind = KINDS[r.nextInt(KINDS.length)];
                String initiator = r.nextBoolean() ? "me" : "them";
                interactions.setLong(1, id);
                interactions.setLong(2, book);
                date(interactions, 3, day);
                interactions.setString(4, kind);
                interactions.setString(5, initiator);
                interactions.setString(6, "a private summary");
                interactions.addBatch();
                people.setLong(1, book);
                people.setLong(2, id);
                people.setLong(3, contact);
                date(people, 4, day);
                people.setString(5, kind);
                people.setString(6, initiator);
                people.addBatch();
                count();
            }
        }

        private void date(PreparedStatement s, int index, LocalDate day) throws SQLException {
            if (dialect == Dialect.SQLITE) {
                s.setString(index, day.toString());
            } else {
                s.setObject(index, day);
            }
        }

        private void count() throws SQLException {
            if (++pending >= BATCH) {
                flush();
            }
        }

        /** Runs the batches in the order the foreign keys need: contacts before their emails, jobs and interactions. */
        private void flush() throws SQLException {
            contacts.executeBatch();
            emails.executeBatch();
            jobs.executeBatch();
            interactions.executeBatch();
            people.executeBatch();
            pending = 0;
        }
    }
}
