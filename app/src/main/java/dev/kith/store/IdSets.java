package dev.kith.store;

import java.util.Collection;

/**
 * A set of ids bound as <em>one</em> parameter, a JSON array, and expanded by the database
 * ({@code json_each} on SQLite, {@code json_array_elements_text} on PostgreSQL). Unlike ids written
 * into the SQL or an {@code IN (:a, :b, …)} list of hundreds of parameters, the statement's text stays
 * short and the same whatever the ids, so JDBI parses it once and the database plans it once:
 * inlined ids made every search a new statement to parse and plan.
 */
public final class IdSets {
    private IdSets() {
    }

    /** SQL true when {@code column} is one of the ids bound as {@code :param} (see {@link #json}). */
    public static String in(Dialect dialect, String column, String param) {
        return column + " IN " + list(dialect, param);
    }

    /** The subquery listing the ids bound as {@code :param}, for {@code column IN (…)}. */
    public static String list(Dialect dialect, String param) {
        return switch (dialect) {
            case SQLITE -> "(SELECT value FROM json_each(:" + param + "))";
            case POSTGRESQL -> "(SELECT CAST(json_array_elements_text(CAST(:" + param + " AS json)) AS bigint))";
        };
    }

    /** The value to bind: the ids as a JSON array. */
    public static String json(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder("[");
        for (long id : ids) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(id);
        }
        return sb.append(']').toString();
    }
}
