package dev.kith.store;

import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * JDBI's colon-prefix SQL syntax ({@code :name} parameters, {@code ?} positional ones) read by one hand-written
 * scan instead of JDBI's generated lexer, whose start-up (its state machine built afresh in every process) cost a
 * short command about 4% of its CPU and 20 MB of garbage. It gives exactly what JDBI's {@code
 * ColonPrefixSqlParser} gives, which {@code NamedParametersTest} checks on random text:
 * <ul>
 *   <li>{@code 'quoted'} text (a {@code \'} inside stays), {@code "quoted"} names (at least one character),
 *       {@code /* comments *}{@code /} and {@code --} or {@code //} comments to the end of the line are copied as
 *       they are, parameters inside them too;</li>
 *   <li>{@code \x} is {@code x}, never a parameter;</li>
 *   <li>{@code :name} is a named parameter, its name Java identifier characters, digits, {@code .} and {@code ?.};
 *       {@code ::} (a PostgreSQL cast) is text;</li>
 *   <li>{@code ?} is a positional parameter; {@code ??} is text.</li>
 * </ul>
 * Time linear in the statement's length; statements parsed are kept (at most {@value #KEPT}, then the cache starts
 * over), as the statements of the product are a few hundred constants. Thread-safe.
 */
final class NamedParameters implements SqlParser {
    static final int KEPT = 2_000;

    private final ConcurrentHashMap<String, ParsedSql> parsed = new ConcurrentHashMap<>();

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        ParsedSql p = parsed.get(sql);
        if (p == null) {
            p = scan(sql);
            if (parsed.size() >= KEPT) {
                parsed.clear();
            }
            parsed.put(sql, p);
        }
        return p;
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }

    /** The statement {@code sql} with its parameters found. */
    static ParsedSql scan(String sql) {
        ParsedSql.Builder b = ParsedSql.builder();
        StringBuilder text = new StringBuilder(sql.length());
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if ((end = SqlText.verbatimEnd(sql, i)) >= 0) {
                text.append(sql, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < n) {
                text.append(sql.charAt(i + 1));
                i += 2;
            } else if (c == ':' && SqlText.at(sql, i + 1, ':')) {
                text.append("::");
                i += 2;
            } else if (c == ':' && (end = nameEnd(sql, i + 1)) > i + 1) {
                flush(b, text);
                b.appendNamedParameter(sql.substring(i + 1, end));
                i = end;
            } else if (c == '?' && SqlText.at(sql, i + 1, '?')) {
                text.append("??");
                i += 2;
            } else if (c == '?') {
                flush(b, text);
                b.appendPositionalParameter();
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(b, text);
        return b.build();
    }

    private static void flush(ParsedSql.Builder b, StringBuilder text) {
        if (!text.isEmpty()) {
            b.append(text.toString());
            text.setLength(0);
        }
    }

    /** The end of a parameter name starting at {@code from} (== from when there is none). */
    private static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '?' && SqlText.at(s, i + 1, '.')) {
                i += 2;
            } else if (c == '.' || (c >= '0' && c <= '9') || nameLetter(s, i)) {
                i += Character.charCount(s.codePointAt(i));
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * A letter of a name as JDBI's lexer has it: an ASCII letter, {@code $} or {@code _}, or any other character but
     * ASCII and a high surrogate without its low one.
     */
    private static boolean nameLetter(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
        }
        return !Character.isHighSurrogate(c) || Character.isSupplementaryCodePoint(s.codePointAt(i));
    }
}
