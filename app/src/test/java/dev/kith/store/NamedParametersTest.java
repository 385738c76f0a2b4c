package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

class NamedParametersTest {
    private final ColonPrefixSqlParser jdbi = new ColonPrefixSqlParser();

    /** What a parser gives for {@code sql}: the parsed statement, or the class of what it threw. */
    private static Object outcome(java.util.function.Supplier<ParsedSql> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private void sameAsJdbi(String sql) {
        assertThat(outcome(() -> NamedParameters.scan(sql))).as(sql).isEqualTo(outcome(() -> jdbi.parse(sql, null)));
    }

    @Test
    void namedParametersAreFoundOutsideQuotesCommentsAndCasts() {
        ParsedSql p = NamedParameters.scan("SELECT x::text, ':no', \"a:b\" /* :c */ FROM t WHERE id = :id AND b = :book_1");
        assertThat(p.getSql()).isEqualTo("SELECT x::text, ':no', \"a:b\" /* :c */ FROM t WHERE id = ? AND b = ?");
        assertThat(p.getParameters().getParameterNames()).containsExactly("id", "book_1");
    }

    @Test
    void theStatementsKithWritesParseAsJdbiParsesThem() {
        for (String sql : new String[] {
                "SELECT id FROM contacts WHERE book_id = :book AND name_key = :key",
                "INSERT INTO t (a, b) VALUES (:a, :b) ON CONFLICT (a) DO UPDATE SET b = excluded.b",
                "SELECT count(*) FILTER (WHERE occurred_on > :yearAgo), max(x)::date FROM i WHERE j->>'k' = :v",
                "UPDATE s SET v = ? WHERE k = ?", "SELECT 'it''s', 'a\\'b', :x?.y, :é1, :a.b.",
                "SELECT a ?? b, \"\" , '' , :", "/* unterminated :x", "'unterminated :y", "\"open :z", "x \\:y \\\\ :w"}) {
            sameAsJdbi(sql);
        }
    }

    @Test
    void randomTextParsesAsJdbiParsesIt() {
        RandomText.strings("ab1_.:?'\"\\/*-$ é\n\r\uD83D\uDE00", 18, 50_000, this::sameAsJdbi);
    }
}
