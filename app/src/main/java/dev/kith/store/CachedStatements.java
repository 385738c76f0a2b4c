package dev.kith.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The prepared statements of one SQLite connection, kept for reuse: when JDBI is done with one it is
 * reset and kept instead of finalized. SQLite compiles every statement from its text, and a search
 * or a contact list runs the same few statements each time; compiling them was half of a short
 * list's cost. Only plain statements are kept (no generated keys, read-only results), at most
 * {@link #MAX} texts per connection, the least recently used finalized first.
 */
final class CachedStatements {
    static final int MAX = 48;

    /** JDBI's statement builders: over a connection's cache when it has one ({@link Reusable}). */
    static final StatementBuilderFactory FACTORY = connection -> connection instanceof Reusable reusable
            ? new Builder(reusable.statements()) : DefaultStatementBuilder.FACTORY.createStatementBuilder(connection);

    /** A connection that keeps its statements. */
    interface Reusable {
        CachedStatements statements();
    }

    private final Connection raw;
    /** Idle statements by SQL text, least recently used first. */
    private final LinkedHashMap<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true);
    /** Statements handed out, to be kept when given back. */
    private final Set<Statement> lent = Collections.newSetFromMap(new IdentityHashMap<>());

    CachedStatements(Connection raw) {
        this.raw = raw;
    }

    /** A statement for {@code sql}: an idle one if there is one, else a new one. */
    PreparedStatement take(String sql) throws SQLException {
        PreparedStatement statement = idle.remove(sql);
        if (statement == null || statement.isClosed()) {
            statement = raw.prepareStatement(sql);
        }
        lent.add(statement);
        return statement;
    }

    /** Takes back a statement from {@link #take}, keeping it unless it cannot be reset; any other is closed. */
    void giveBack(String sql, Statement statement) throws SQLException {
        if (!lent.remove(statement)) {
            statement.close();
            return;
        }
        PreparedStatement prepared = (PreparedStatement) statement;
        try {
            ResultSet open = prepared.getResultSet();
            if (open != null) {
                open.close();
            }
            prepared.clearParameters();
        } catch (SQLException e) {
            prepared.close();
            return;
        }
        if (prepared.isClosed() || idle.containsKey(sql)) {
            prepared.close();
            return;
        }
        idle.put(sql, prepared);
        if (idle.size() > MAX) {
            Iterator<Map.Entry<String, PreparedStatement>> eldest = idle.entrySet().iterator();
            eldest.next().getValue().close();
            eldest.remove();
        }
    }

    /** Finalizes every idle statement; for a connection about to close. */
    void closeAll() {
        for (PreparedStatement s : idle.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                // an idle statement of our own: nothing is lost
            }
        }
        idle.clear();
    }

    private static final class Builder implements StatementBuilder {
        private final CachedStatements cache;

        Builder(CachedStatements cache) {
            this.cache = cache;
        }

        @Override
        public Statement create(Connection conn, StatementContext ctx) throws SQLException {
            return conn.createStatement();
        }

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
                return DefaultStatementBuilder.FACTORY.createStatementBuilder(conn).create(conn, sql, ctx);
            }
            return cache.take(sql);
        }

        @Override
        public java.sql.CallableStatement createCall(Connection conn, String sql, StatementContext ctx)
                throws SQLException {
            return conn.prepareCall(sql);
        }

        @Override
        public void close(Connection conn, String sql, Statement stmt) throws SQLException {
            if (stmt != null) {
                cache.giveBack(sql, stmt);
            }
        }
    }
}
