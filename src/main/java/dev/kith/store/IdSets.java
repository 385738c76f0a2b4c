package dev.kith.store;

import java.util.Collection;

/**
 * A set of ids in SQL as one bound parameter (the ids as comma-separated text), so that a statement's
 * text, and with it JDBI's parse cache and the database's prepared plan, is the same whatever the
 * ids are. Inlining the ids made every search a new statement to parse and plan.
 */
public final class IdSets {
    private IdSets() {
    }

    /** SQL true when {@code column} is one of the ids bound as {@code :param} (see {@link #text}). */
    public static String in(Dialect dialect, String column, String param) {
        return switch (dialect) {
            case SQLITE -> column + " IN (SELECT value FROM json_each('[' || :" + param + " || ']'))";
            case POSTGRESQL -> column + " = ANY(CAST(string_to_array(:" + param + ", ',') AS bigint[]))";
        };
    }

    /** The value to bind for {@link #in}: the ids separated by commas. */
    public static String text(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (long id : ids) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(id);
        }
        return sb.toString();
    }
}
