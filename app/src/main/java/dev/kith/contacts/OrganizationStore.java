package dev.kith.contacts;

import dev.kith.core.Text;
import dev.kith.store.Database;
import java.util.List;
import java.util.Optional;

/** Organizations of one book, found by name regardless of case and accents. */
final class OrganizationStore {
    private final Database db;
    private final long book;

    OrganizationStore(Database db, long book) {
        this.db = db;
        this.book = book;
    }

    Optional<Organization> find(String name) {
        return db.read(h -> h.createQuery(
                        "SELECT id, name, industry FROM organizations WHERE book_id = :book AND name_key = :key")
                .bind("book", book)
                .bind("key", Text.key(name))
                .map((rs, ctx) -> new Organization(rs.getLong("id"), rs.getString("name"), rs.getString("industry")))
                .findOne());
    }

    /** The organization named {@code name}, created when the book has none by that name. */
    Organization findOrCreate(String name) {
        return find(name).orElseGet(() -> db.write(h -> {
            long id = h.createQuery(
                            "INSERT INTO organizations (book_id, name, name_key) VALUES (:book, :name, :key) RETURNING id")
                    .bind("book", book)
                    .bind("name", name.strip())
                    .bind("key", Text.key(name))
                    .mapTo(Long.class)
                    .one();
            return new Organization(id, name.strip(), null);
        }));
    }

    void setIndustry(long id, String industry) {
        db.update(h -> h.createUpdate("UPDATE organizations SET industry = :industry WHERE book_id = :book AND id = :id")
                .bind("industry", Text.blankToNull(industry))
                .bind("book", book)
                .bind("id", id)
                .execute());
    }

    List<Organization> all() {
        return db.read(h -> h.createQuery(
                        "SELECT id, name, industry FROM organizations WHERE book_id = :book ORDER BY name_key")
                .bind("book", book)
                .map((rs, ctx) -> new Organization(rs.getLong("id"), rs.getString("name"), rs.getString("industry")))
                .list());
    }
}
