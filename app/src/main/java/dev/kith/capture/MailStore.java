package dev.kith.capture;

import dev.kith.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Captured mail of one book in SQL: messages and their recipients, and the owed-reply state.
 * Every statement is scoped by {@code book_id}; lists of ids or keys go in chunks. Where rows are
 * picked by id, {@code +book_id} keeps SQLite from walking a {@code (book_id, ...)} index over the
 * whole book instead of seeking the ids (the scope is still checked on each row).
 */
final class MailStore {
    static final int CHUNK = 500;
    /**
     * Recipient rows bound into one JDBC batch at most: a batch holds every bound row until it runs, and
     * a chunk of all-hands messages has hundreds of thousands.
     */
    static final int RECIPIENT_BATCH = 1000;
    private final Database db;
    private final long book;

    MailStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    /** A stored message as logging it needs: its side, size, subject, owed state and participants' addresses. */
    record Stored(long id, long sentAt, String fromEmail, boolean mine, boolean owed, String subject,
                  List<String> recipients) {
    }

    /**
     * What decides whether a candidate is owed: a later message in its thread (by thread key or by
     * subject and participants), and whether a later message of mine answered it (in the thread, or
     * to its sender wherever).
     */
    record OwedCheck(long id, String fromEmail, boolean owed, Long interactionId, boolean superseded,
                     boolean answered) {
        boolean owedNow() {
            return !superseded && !answered;
        }
    }

    /** A message currently owed a reply. */
    record OwedRow(long id, String fromEmail, String fromName, long sentAt, String subject, String source,
                   Long interactionId) {
    }

    /** How much mail went each way between me and one address (small conversations only), and when. */
    record Exchanges(String email, int received, int sent, long firstSeen, long lastSeen) {
    }

    /** Which of {@code keys} are stored already. */
    Set<String> existingKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        for (List<String> chunk : chunks(List.copyOf(keys))) {
            found.addAll(db.read(h -> h.createQuery("SELECT message_key FROM mail_messages"
                            + " WHERE book_id = :book AND message_key IN (<keys>)")
                    .bind("book", book).bindList("keys", chunk).mapTo(String.class).list()));
        }
        return found;
    }

    /** Stores messages whose keys are new and returns their ids, in the order given. */
    List<Long> insert(List<MessageRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return db.write(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO mail_messages (book_id, message_key, thread_key, subject_key, sent_at, from_email,
                        from_name, mine, to_me, others, subject, snippet, source)
                    VALUES (:book, :key, :thread, :subjectKey, :sentAt, :from, :fromName, :mine, :toMe, :others,
                        :subject, :snippet, :source)""");
            for (MessageRow r : rows) {
                batch.bind("book", book).bind("key", r.key()).bind("thread", r.threadKey())
                        .bind("subjectKey", r.subjectKey()).bind("sentAt", r.sentAt()).bind("from", r.fromEmail())
                        .bind("fromName", r.fromName()).bind("mine", r.mine()).bind("toMe", r.toMe())
                        .bind("others", r.others()).bind("subject", r.subject()).bind("snippet", r.snippet())
                        .bind("source", r.source()).add();
            }
            batch.execute();
            Map<String, Long> ids = new HashMap<>();
            h.createQuery("SELECT message_key, id FROM mail_messages WHERE book_id = :book AND message_key IN (<keys>)")
                    .bind("book", book).bindList("keys", rows.stream().map(MessageRow::key).toList())
                    .map((rs, ctx) -> ids.put(rs.getString(1), rs.getLong(2))).list();
            List<Long> result = new ArrayList<>(rows.size());
            var recipients = recipientBatch(h);
            for (MessageRow r : rows) {
                long id = ids.get(r.key());
                result.add(id);
                for (MessageRow.Recipient to : r.recipients()) {
                    recipients.bind("book", book).bind("message", id).bind("email", to.email())
                            .bind("name", to.name()).bind("role", to.role()).bind("mine", r.mine())
                            .bind("sentAt", r.sentAt()).add();
                    if (recipients.size() >= RECIPIENT_BATCH) {
                        recipients.execute();
                        recipients = recipientBatch(h);
                    }
                }
            }
            if (recipients.size() > 0) {
                recipients.execute();
            }
            return result;
        });
    }

    private static PreparedBatch recipientBatch(Handle h) {
        return h.prepareBatch("""
                INSERT INTO mail_recipients (book_id, message_id, email_key, name, role, mine, sent_at)
                VALUES (:book, :message, :email, :name, :role, :mine, :sentAt)""");
    }

    /**
     * The messages among {@code ids} not yet logged as an interaction that have 1 to 5 people besides me;
     * only their recipients are read (an all-hands message's hundreds are not).
     */
    List<Stored> unlogged(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(h -> {
            Map<Long, List<String>> recipients = new HashMap<>();
            h.createQuery("""
                            SELECT r.message_id, r.email_key FROM mail_recipients r
                            JOIN mail_messages m ON m.id = r.message_id
                            WHERE +r.book_id = :book AND r.message_id IN (<ids>) AND m.interaction_id IS NULL
                              AND m.others BETWEEN 1 AND :max""")
                    .bind("book", book).bindList("ids", ids).bind("max", MessageRow.SMALL_GROUP)
                    .map((rs, ctx) -> recipients.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2))).list();
            return h.createQuery("""
                            SELECT id, sent_at, from_email, mine, owed, subject FROM mail_messages
                            WHERE +book_id = :book AND id IN (<ids>) AND interaction_id IS NULL
                              AND others BETWEEN 1 AND :max
                            ORDER BY sent_at, id""")
                    .bind("book", book).bindList("ids", ids).bind("max", MessageRow.SMALL_GROUP)
                    .map((rs, ctx) -> new Stored(rs.getLong("id"), rs.getLong("sent_at"), rs.getString("from_email"),
                            rs.getBoolean("mine"), rs.getBoolean("owed"), rs.getString("subject"),
                            recipients.getOrDefault(rs.getLong("id"), List.of())))
                    .list();
        });
    }

    /** A stored message dated again: its id, its former date and the interaction that logs it (null when none). */
    record Redated(long id, long was, Long interactionId) {
    }

    /**
     * Dates the message keyed {@code key} {@code at} (epoch seconds), with its recipients' rows, when it is stored
     * dated later; empty when it is not stored or not later.
     */
    Optional<Redated> redate(String key, long at) {
        return db.write(h -> {
            Optional<Redated> found = h.createQuery("SELECT id, sent_at, interaction_id FROM mail_messages"
                            + " WHERE book_id = :book AND message_key = :key AND sent_at > :at")
                    .bind("book", book).bind("key", key).bind("at", at)
                    .map((rs, ctx) -> new Redated(rs.getLong("id"), rs.getLong("sent_at"),
                            nullableLong(rs, "interaction_id"))).findOne();
            found.ifPresent(r -> {
                h.createUpdate("UPDATE mail_messages SET sent_at = :at WHERE +book_id = :book AND id = :id")
                        .bind("at", at).bind("book", book).bind("id", r.id()).execute();
                h.createUpdate("UPDATE mail_recipients SET sent_at = :at WHERE book_id = :book AND message_id = :id")
                        .bind("at", at).bind("book", book).bind("id", r.id()).execute();
            });
            return found;
        });
    }

    /** Records which interaction logs each message. */
    void link(Map<Long, Long> interactionOfMessage) {
        if (interactionOfMessage.isEmpty()) {
            return;
        }
        db.update(h -> {
            var batch = h.prepareBatch("UPDATE mail_messages SET interaction_id = :interaction"
                    + " WHERE +book_id = :book AND id = :id");
            interactionOfMessage.forEach((message, interaction) ->
                    batch.bind("interaction", interaction).bind("book", book).bind("id", message).add());
            batch.execute();
        });
    }

    /** Ids of the messages of this book currently owed a reply. */
    List<Long> owedIds() {
        return db.read(h -> h.createQuery("SELECT id FROM mail_messages WHERE book_id = :book AND owed ORDER BY id")
                .bind("book", book).mapTo(Long.class).list());
    }

    /** The messages among {@code ids} that can be owed a reply (theirs, To me, a small conversation), checked. */
    List<OwedCheck> checkOwed(List<Long> ids) {
        List<OwedCheck> checks = new ArrayList<>();
        for (List<Long> chunk : chunks(ids)) {
            checks.addAll(db.read(h -> h.createQuery("""
                            SELECT c.id, c.from_email, c.owed, c.interaction_id,
                                   (EXISTS (SELECT 1 FROM mail_messages m WHERE m.book_id = c.book_id
                                               AND m.thread_key = c.thread_key AND m.sent_at > c.sent_at)
                                    OR EXISTS (SELECT 1 FROM mail_messages m WHERE m.book_id = c.book_id
                                               AND m.subject_key = c.subject_key AND m.sent_at > c.sent_at)) AS superseded,
                                   (EXISTS (SELECT 1 FROM mail_messages m WHERE m.book_id = c.book_id
                                               AND m.thread_key = c.thread_key AND m.sent_at > c.sent_at AND m.mine = :yes)
                                    OR EXISTS (SELECT 1 FROM mail_messages m WHERE m.book_id = c.book_id
                                               AND m.subject_key = c.subject_key AND m.sent_at > c.sent_at AND m.mine = :yes)
                                    OR EXISTS (SELECT 1 FROM mail_recipients r WHERE r.book_id = c.book_id
                                               AND r.email_key = c.from_email AND r.mine = :yes
                                               AND r.sent_at > c.sent_at)) AS answered
                            FROM mail_messages c
                            WHERE +c.book_id = :book AND c.id IN (<ids>) AND c.mine = :no AND c.to_me = :yes
                              AND c.others <= :max""")
                    .bind("book", book).bindList("ids", chunk).bind("yes", true).bind("no", false)
                    .bind("max", MessageRow.SMALL_GROUP)
                    .map((rs, ctx) -> new OwedCheck(rs.getLong("id"), rs.getString("from_email"), rs.getBoolean("owed"),
                            nullableLong(rs, "interaction_id"), rs.getBoolean("superseded"), rs.getBoolean("answered")))
                    .list()));
        }
        return checks;
    }

    void setOwed(Collection<Long> ids, boolean owed) {
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            db.update(h -> h.createUpdate("UPDATE mail_messages SET owed = :owed WHERE +book_id = :book AND id IN (<ids>)")
                    .bind("owed", owed).bind("book", book).bindList("ids", chunk).execute());
        }
    }

    /** The messages owed a reply, oldest first. */
    List<OwedRow> owedRows() {
        return db.read(h -> h.createQuery("""
                        SELECT id, from_email, from_name, sent_at, subject, source, interaction_id FROM mail_messages
                        WHERE book_id = :book AND owed ORDER BY sent_at, id""")
                .bind("book", book)
                .map((rs, ctx) -> new OwedRow(rs.getLong("id"), rs.getString("from_email"), rs.getString("from_name"),
                        rs.getLong("sent_at"), rs.getString("subject"), rs.getString("source"),
                        nullableLong(rs, "interaction_id")))
                .list());
    }

    /** The message that logged each of {@code interactionIds}, for those logged from mail. */
    Map<Long, Long> messagesOf(Collection<Long> interactionIds) {
        Map<Long, Long> result = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(interactionIds))) {
            db.read(h -> h.createQuery("SELECT interaction_id, id FROM mail_messages WHERE book_id = :book"
                            + " AND interaction_id IN (<ids>)")
                    .bind("book", book).bindList("ids", chunk)
                    .map((rs, ctx) -> result.put(rs.getLong(1), rs.getLong(2))).list());
        }
        return result;
    }

    /** Messages from or to {@code email} that are not logged yet (small conversations only), oldest first. */
    List<Long> unloggedWith(String email) {
        return db.read(h -> new ArrayList<>(new TreeSet<>(h.createQuery("""
                        SELECT id FROM mail_messages WHERE book_id = :book AND from_email = :email
                          AND interaction_id IS NULL AND others BETWEEN 1 AND :max
                        UNION
                        SELECT m.id FROM mail_recipients r JOIN mail_messages m ON m.id = r.message_id
                        WHERE r.book_id = :book AND r.email_key = :email AND m.interaction_id IS NULL
                          AND m.others BETWEEN 1 AND :max""")
                .bind("book", book).bind("email", email).bind("max", MessageRow.SMALL_GROUP)
                .mapTo(Long.class).list())));
    }

    /**
     * Per address other than mine and those ignored: messages from them and from me to them in small
     * conversations, and the first and last such message; only addresses with mail both ways.
     */
    List<Exchanges> bothWays() {
        return db.read(h -> h.createQuery("""
                        SELECT e.email_key, sum(e.received) AS received, sum(e.sent) AS sent,
                               min(e.sent_at) AS first_seen, max(e.sent_at) AS last_seen
                        FROM (SELECT from_email AS email_key, 1 AS received, 0 AS sent, sent_at FROM mail_messages
                              WHERE book_id = :book AND mine = :no AND others BETWEEN 1 AND :max
                              UNION ALL
                              SELECT r.email_key, 0, 1, r.sent_at FROM mail_recipients r
                              JOIN mail_messages m ON m.id = r.message_id
                              WHERE r.book_id = :book AND r.mine = :yes AND m.others BETWEEN 1 AND :max) e
                        WHERE e.email_key NOT IN (SELECT email_key FROM my_addresses WHERE book_id = :book)
                          AND e.email_key NOT IN (SELECT email_key FROM mail_ignored WHERE book_id = :book)
                        GROUP BY e.email_key
                        HAVING sum(e.received) > 0 AND sum(e.sent) > 0
                        ORDER BY max(e.sent_at) DESC, e.email_key""")
                .bind("book", book).bind("yes", true).bind("no", false).bind("max", MessageRow.SMALL_GROUP)
                .map((rs, ctx) -> new Exchanges(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                        rs.getLong(5)))
                .list());
    }

    /** Whether any captured message is from or to {@code email}. */
    boolean seen(String email) {
        return db.read(h -> h.createQuery("""
                        SELECT count(*) FROM (SELECT 1 FROM mail_messages WHERE book_id = :book AND from_email = :email
                                              UNION ALL
                                              SELECT 1 FROM mail_recipients WHERE book_id = :book AND email_key = :email) s""")
                .bind("book", book).bind("email", email).mapTo(Integer.class).one() > 0);
    }

    /** The display name {@code email} was last seen with: as a sender first, else as a recipient. */
    Optional<String> lastName(String email) {
        return db.read(h -> h.createQuery("""
                        SELECT from_name FROM mail_messages WHERE book_id = :book AND from_email = :email
                          AND from_name IS NOT NULL ORDER BY sent_at DESC LIMIT 1""")
                .bind("book", book).bind("email", email).mapTo(String.class).findOne()
                .or(() -> h.createQuery("""
                                SELECT name FROM mail_recipients WHERE book_id = :book AND email_key = :email
                                  AND name IS NOT NULL ORDER BY sent_at DESC LIMIT 1""")
                        .bind("book", book).bind("email", email).mapTo(String.class).findOne()));
    }

    // my addresses

    List<String> myAddresses() {
        return db.read(h -> h.createQuery("SELECT email FROM my_addresses WHERE book_id = :book ORDER BY email_key")
                .bind("book", book).mapTo(String.class).list());
    }

    Set<String> myKeys() {
        return new HashSet<>(db.read(h -> h.createQuery("SELECT email_key FROM my_addresses WHERE book_id = :book")
                .bind("book", book).mapTo(String.class).list()));
    }

    void addMine(Handle h, String email, String key) {
        h.createUpdate("""
                        INSERT INTO my_addresses (book_id, email_key, email) VALUES (:book, :key, :email)
                        ON CONFLICT (book_id, email_key) DO UPDATE SET email = excluded.email""")
                .bind("book", book).bind("key", key).bind("email", email).execute();
    }

    int removeMine(Handle h, String key) {
        return h.createUpdate("DELETE FROM my_addresses WHERE book_id = :book AND email_key = :key")
                .bind("book", book).bind("key", key).execute();
    }

    void removeAllMine(Handle h) {
        h.createUpdate("DELETE FROM my_addresses WHERE book_id = :book").bind("book", book).execute();
    }

    // the inbox's ignored addresses

    void ignore(String key, LocalDate on) {
        db.update(h -> h.createUpdate("""
                        INSERT INTO mail_ignored (book_id, email_key, ignored_on) VALUES (:book, :key, :on)
                        ON CONFLICT (book_id, email_key) DO NOTHING""")
                .bind("book", book).bind("key", key).bind("on", on).execute());
    }

    void unignore(String key) {
        db.update(h -> h.createUpdate("DELETE FROM mail_ignored WHERE book_id = :book AND email_key = :key")
                .bind("book", book).bind("key", key).execute());
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
