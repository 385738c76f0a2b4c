package dev.kith.intros;

import dev.kith.store.Database;
import dev.kith.store.Dialect;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A set of contact ids bound as <em>one</em> parameter, a JSON array, and expanded by the database
 * ({@code json_each} on SQLite, {@code json_array_elements_text} on PostgreSQL): unlike an
 * {@code IN (:a, :b, …)} list of hundreds of parameters, the statement's text stays short and the
 * same whatever the ids, so it is parsed once. Immutable.
 */
record IdSet(String json) {
    static IdSet of(Collection<Long> ids) {
        return new IdSet(ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
    }

    /** The subquery listing the ids bound to {@code :name}, for {@code column IN (…)}. */
    static String in(Database db, String name) {
        return db.dialect() == Dialect.SQLITE ? "(SELECT value FROM json_each(:" + name + "))"
                : "(SELECT CAST(json_array_elements_text(CAST(:" + name + " AS json)) AS bigint))";
    }
}
