package dev.kith.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * SQLite connections kept open between uses: a handle's {@code close} puts its connection back
 * instead of closing the file, up to {@code max} idle ones. A new SQLite connection opens the file,
 * applies its pragmas, re-reads the schema on its first statement and starts with an empty page
 * cache; a web server answering hundreds of requests a second, or a command that reads the book a
 * few dozen times, should pay that once. Each keeps its prepared statements too ({@link CachedStatements}).
 * A connection is handed to one caller at a time; one given
 * back inside a transaction is rolled back first, and one that fails that is closed.
 */
final class IdleConnections implements DataSource, AutoCloseable {
    private final DataSource files;
    private final int max;
    private final Deque<Pooled> idle = new ArrayDeque<>();
    private boolean closed;

    IdleConnections(DataSource files, int max) {
        this.files = files;
        this.max = max;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Pooled pooled;
        synchronized (idle) {
            pooled = idle.pollFirst();
        }
        if (pooled == null) {
            Connection raw = files.getConnection();
            pooled = new Pooled(raw, new CachedStatements(raw));
        }
        return lend(pooled);
    }

    /** An open connection and the statements it keeps prepared. */
    private record Pooled(Connection raw, CachedStatements statements) {
    }

    /** A connection outside the pool, for a caller that keeps it (and closes it) itself. */
    Connection unpooled() throws SQLException {
        return files.getConnection();
    }

    private Connection lend(Pooled pooled) {
        Connection raw = pooled.raw();
        InvocationHandler handler = new InvocationHandler() {
            private boolean returned;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                return switch (method.getName()) {
                    case "close" -> {
                        if (!returned) {
                            returned = true;
                            giveBack(pooled);
                        }
                        yield null;
                    }
                    case "isClosed" -> returned || raw.isClosed();
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "reused " + raw;
                    case "statements" -> pooled.statements();
                    default -> {
                        if (returned) {
                            throw new SQLException("connection already closed");
                        }
                        try {
                            yield method.invoke(raw, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                };
            }
        };
        return (Connection) Proxy.newProxyInstance(IdleConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class, CachedStatements.Reusable.class}, handler);
    }

    private void giveBack(Pooled pooled) throws SQLException {
        Connection raw = pooled.raw();
        boolean keep;
        try {
            if (!raw.getAutoCommit()) {
                raw.rollback();
                raw.setAutoCommit(true);
            }
            synchronized (idle) {
                keep = !closed && idle.size() < max && !raw.isClosed();
                if (keep) {
                    idle.addFirst(pooled);
                }
            }
        } catch (SQLException e) {
            keep = false;
        }
        if (!keep) {
            pooled.statements().closeAll();
            raw.close();
        }
    }

    /** Closes the idle connections; connections still lent out close when given back. */
    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            for (Pooled c : idle) {
                try {
                    c.statements().closeAll();
                    c.raw().close();
                } catch (SQLException e) {
                    // closing anyway: the connection was idle, nothing is lost
                }
            }
            idle.clear();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("SQLite has no users");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return files.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        files.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        files.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return files.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return files.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return files.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || files.isWrapperFor(type);
    }
}
