package dev.kith.articles;

import dev.kith.book.Book;
import dev.kith.contacts.Contact;
import dev.kith.core.Dates;
import dev.kith.core.Prose;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import dev.kith.embeddings.ProfileIndex;
import dev.kith.interactions.Exchange;
import dev.kith.interactions.Initiator;
import dev.kith.interactions.Interaction;
import dev.kith.interactions.InteractionKind;
import dev.kith.interactions.Interactions;
import dev.kith.today.Words;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The article library of one book: keeping articles, ranking recipients and recording shares. Thread-safe. */
public final class Articles implements dev.kith.core.ContactReferences {
    /** Someone who received any share in this many days is not suggested again. */
    public static final int SHARE_REST_DAYS = 14;

    private final Book book;
    private final Interactions interactions;

    public Articles(Book book, Interactions interactions) {
        this.book = book;
        this.interactions = interactions;
    }

    /**
     * {@code url} stripped, when it is a link an article may have ({@code http(s)://}, {@code doi:},
     * {@code urn:}, {@code file:}, no spaces); a {@link ValidationException} on field {@code url} otherwise.
     */
    public static String checkUrl(String url) {
        String u = Text.blankToNull(url);
        if (u == null) {
            throw new ValidationException("url", "must not be blank");
        }
        if (!u.toLowerCase(Locale.ROOT).matches("(https?://|doi:|urn:|file:).+") || u.chars().anyMatch(Character::isWhitespace)) {
            throw new ValidationException("url", "must be an http(s) link without spaces, not '" + u + "'");
        }
        return u;
    }

    /** Adds an article; the title defaults to the URL. A URL already in the library is a validation error. */
    public Article add(String url, String title, String text, String takeaway, List<String> tags) {
        dev.kith.core.Limits.text("url", url, dev.kith.core.Limits.VALUE);
        dev.kith.core.Limits.text("title", title, dev.kith.core.Limits.SHORT_TEXT);
        dev.kith.core.Limits.text("text", text, dev.kith.core.Limits.DOCUMENT);
        dev.kith.core.Limits.text("takeaway", takeaway, dev.kith.core.Limits.LONG_TEXT);
        dev.kith.core.Limits.values("tag", tags, dev.kith.core.Limits.VALUE);
        String u = checkUrl(url);
        Set<String> cleanTags = new LinkedHashSet<>();
        for (String t : tags == null ? List.<String>of() : tags) {
            String c = Text.blankToNull(t);
            if (c == null) {
                continue;
            }
            if (c.contains(",")) {
                throw new ValidationException("tag", "must not contain a comma: '" + c + "'");
            }
            cleanTags.add(c.toLowerCase(Locale.ROOT));
        }
        String t = Text.blankToNull(title);
        LocalDate today = book.clock().today();
        return book.database().write(h -> {
            Optional<Long> existing = h.createQuery("SELECT id FROM articles WHERE book_id = :b AND url = :u")
                    .bind("b", book.id()).bind("u", u).mapTo(Long.class).findOne();
            if (existing.isPresent()) {
                throw new ValidationException("url", "already in the library as article #" + existing.get());
            }
            long id = h.createQuery("""
                            INSERT INTO articles (book_id, url, title, body, takeaway, tags, added_on)
                            VALUES (:b, :u, :t, :body, :takeaway, :tags, :today) RETURNING id""")
                    .bind("b", book.id()).bind("u", u).bind("t", t == null ? u : t)
                    .bind("body", Text.blankToNull(text)).bind("takeaway", Text.blankToNull(takeaway))
                    .bind("tags", String.join(",", cleanTags)).bind("today", today)
                    .mapTo(Long.class).one();
            return get(id);
        });
    }

    /** Every article, newest first. */
    public List<Article> list() {
        return book.database().read(h -> h.createQuery("SELECT * FROM articles WHERE book_id = :b ORDER BY added_on DESC, id DESC")
                .bind("b", book.id()).map((rs, ctx) -> article(rs)).list());
    }

    /** The article with this id; NotFoundException when the book has none. */
    public Article get(long id) {
        return book.database().read(h -> h.createQuery("SELECT * FROM articles WHERE book_id = :b AND id = :id")
                .bind("b", book.id()).bind("id", id).map((rs, ctx) -> article(rs)).findOne())
                .orElseThrow(() -> new NotFoundException("no article #" + id + " in this book"));
    }

    /** The article named by {@code ref}: its id ({@code 3} or {@code #3}), its URL, or a unique start of its title. */
    public Article resolve(String ref) {
        String r = Text.blankToNull(ref);
        if (r == null) {
            throw new ValidationException("article", "must not be blank");
        }
        String digits = r.startsWith("#") ? r.substring(1) : r;
        if (digits.matches("\\d{1,18}")) {
            return get(Long.parseLong(digits));
        }
        List<Article> all = list();
        for (Article a : all) {
            if (a.url().equals(r)) {
                return a;
            }
        }
        String key = Text.key(r);
        List<Article> matches = all.stream().filter(a -> Text.key(a.title()).startsWith(key)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new NotFoundException("no article matches '" + r + "' (give its id, URL or the start of its title)");
        }
        throw new ValidationException("article", "'" + r + "' matches " + matches.size() + " articles: "
                + String.join(", ", matches.stream().map(a -> "#" + a.id() + " " + a.title()).toList()));
    }

    /** Every share of the book, newest first. */
    public List<Share> shares() {
        return book.database().read(h -> h.createQuery("SELECT * FROM shares WHERE book_id = :b ORDER BY shared_on DESC, id DESC")
                .bind("b", book.id()).map((rs, ctx) -> share(rs)).list());
    }

    /** The shares of one article, newest first. */
    public List<Share> sharesOf(long articleId) {
        return book.database().read(h -> h.createQuery("SELECT * FROM shares WHERE book_id = :b AND article_id = :a"
                        + " ORDER BY shared_on DESC, id DESC")
                .bind("b", book.id()).bind("a", articleId).map((rs, ctx) -> share(rs)).list());
    }

    /** The {@code limit} contacts who would benefit most from {@code article}, best first, with reasons. */
    public List<Recipient> recipients(Article article, int limit) {
        LocalDate today = book.clock().today();
        Set<Long> excluded = new HashSet<>(book.database().read(h -> h.createQuery(
                        "SELECT contact_id FROM shares WHERE book_id = :b AND (article_id = :a OR shared_on > :rest)")
                .bind("b", book.id()).bind("a", article.id()).bind("rest", today.minusDays(SHARE_REST_DAYS))
                .mapTo(Long.class).list()));
        return Recipients.rank(ProfileIndex.of(book), article, excluded, today, limit);
    }

    /**
     * Records that I shared {@code article} with {@code contact} today: a <em>gave</em> interaction
     * ({@code kind} email or message) and the share, with a drafted note carrying {@code why} (or the
     * best reason Kith sees) and the takeaway. Refuses do-not-contact people and a second share of
     * the same article with the same person.
     */
    public Share share(Article article, Contact contact, String why, InteractionKind kind) {
        if (kind != InteractionKind.EMAIL && kind != InteractionKind.MESSAGE) {
            throw new ValidationException("via", "a share is sent by email or message, not " + kind.code());
        }
        if (contact.doNotContact()) {
            throw new ValidationException("to", contact.name() + " is marked do not contact");
        }
        if (contact.archived()) {
            throw new ValidationException("to", contact.name() + " is archived");
        }
        LocalDate today = book.clock().today();
        String reason = Text.blankToNull(why);
        Hook hook = Recipients.hook(ProfileIndex.of(book), article, contact.id());
        String first = contact.givenName() != null ? contact.givenName() : contact.name().split(" ")[0];
        String draft = draft(article, first, reason, hook);
        // the why kept with the share: the user's words, else what the note says ties them to it
        String finalWhy = reason != null ? reason : because(hook);
        return book.database().write(h -> {
            Optional<String> before = h.createQuery("SELECT shared_on FROM shares WHERE book_id = :b AND article_id = :a"
                            + " AND contact_id = :c").bind("b", book.id()).bind("a", article.id()).bind("c", contact.id())
                    .mapTo(String.class).findOne();
            if (before.isPresent()) {
                throw new ValidationException("to", contact.name() + " already received this article on "
                        + Dates.stored(before.get()));
            }
            Interaction logged = interactions.log(Interaction.draft(today, kind, Initiator.ME, null,
                    "Shared \"" + article.title() + "\" " + article.url(), Exchange.GAVE, false, List.of(contact.id())));
            long id = h.createQuery("""
                            INSERT INTO shares (book_id, article_id, contact_id, interaction_id, shared_on, why)
                            VALUES (:b, :a, :c, :i, :today, :why) RETURNING id""")
                    .bind("b", book.id()).bind("a", article.id()).bind("c", contact.id()).bind("i", logged.id())
                    .bind("today", today).bind("why", finalWhy).mapTo(Long.class).one();
            return new Share(id, article.id(), contact.id(), logged.id(), today, finalWhy, draft);
        });
    }

    /** What ties {@code contactId} to {@code article}, for the note that shares it. */
    Hook hook(Article article, long contactId) {
        return Recipients.hook(ProfileIndex.of(book), article, contactId);
    }

    /** The note to send with a share, with the user's {@code why} (may be null): see {@link #draft(Article, String, String, Hook)}. */
    public static String draft(Article article, String first, String why) {
        return draft(article, first, why, Hook.NONE);
    }

    /**
     * The note to send with a share: a congratulation first when the article touches their recent news,
     * then why I thought of them — the user's own words, else their interests the article touches — the
     * takeaway and the link. Never the matching's reasons ("tagged …", "similarity …").
     */
    static String draft(Article article, String first, String why, Hook hook) {
        StringBuilder sb = new StringBuilder("Hi ").append(first).append(", ");
        if (why == null && hook.milestone() != null) {
            sb.append(Words.newsOpener(hook.milestone().kind(), hook.milestone().text())).append(' ')
                    .append("I came across \"").append(article.title()).append("\" and thought you might like it");
        } else {
            sb.append("I read \"").append(article.title()).append("\" and thought of you");
        }
        String because = why != null ? Prose.uncapitalized(why.strip()).replaceAll("[.!]+$", "") : because(hook);
        sb.append(because == null ? "." : " — " + because + ".");
        if (article.takeaway() != null && !article.takeaway().isBlank()) {
            sb.append(" My top takeaway: ").append(Prose.sentence(article.takeaway()));
        }
        sb.append(' ').append(article.url());
        return Prose.tidy(sb.toString());
    }

    /** "given your interest in IIIF and digital preservation", "given your work on RDM", or null when nothing speaks for it. */
    static String because(Hook hook) {
        if (!hook.interests().isEmpty()) {
            return "given your interest in " + Prose.and(hook.interests().stream().limit(3).toList());
        }
        List<String> acronyms = hook.tags().stream().filter(t -> !t.contains(":")).map(Prose::label)
                .filter(t -> t.chars().noneMatch(Character::isLowerCase)).limit(2).toList();
        return acronyms.isEmpty() ? null : "given your work on " + Prose.and(acronyms);
    }

    private static Article article(ResultSet rs) throws SQLException {
        String tags = rs.getString("tags");
        List<String> list = tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
        return new Article(rs.getLong("id"), rs.getString("url"), rs.getString("title"), rs.getString("body"),
                rs.getString("takeaway"), new ArrayList<>(list), Dates.stored(rs.getString("added_on")));
    }

    private static Share share(ResultSet rs) throws SQLException {
        long interaction = rs.getLong("interaction_id");
        return new Share(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("contact_id"),
                rs.wasNull() ? null : interaction, Dates.stored(rs.getString("shared_on")), rs.getString("why"), null);
    }

    /** Moves this feature's rows from contact {@code gone} to {@code kept} (see {@link dev.kith.core.ContactReferences}). */
    @Override
    public void mergeContact(long kept, long gone) {
        book.database().update(h -> {
            dev.kith.store.Repoint.column(h, book.id(), "shares", "contact_id", kept, gone, "article_id");
            dev.kith.store.Repoint.column(h, book.id(), "profile_embeddings", "contact_id", kept, gone, "model");
        });
    }
}
