package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttributeTemplatesTest {
    private final Jdbi jdbi = Jdbi.create("jdbc:sqlite::memory:");
    private Handle handle;
    private StatementContext ctx;

    @BeforeEach
    void open() {
        handle = jdbi.open();
        ctx = handle.createQuery("SELECT 1").define("a", "A").define("b1", "<b1>").define("_", "u").getContext();
    }

    @AfterEach
    void close() {
        handle.close();
    }

    /** What an engine renders from {@code template}: the SQL, or the class of what it threw. */
    private Object outcome(TemplateEngine.Parsing engine, String template) {
        Supplier<String> render = () -> engine.parse(template, jdbi.getConfig()).orElseThrow().apply(ctx);
        try {
            return render.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private void sameAsJdbi(String template) {
        assertThat(outcome(new AttributeTemplates(), template)).as(template)
                .isEqualTo(outcome(new DefinedAttributeTemplateEngine(), template));
    }

    @Test
    void anAttributeIsReplacedOutsideQuotesAndComments() {
        assertThat(outcome(new AttributeTemplates(), "SELECT '<a>', \"<a>\" /* <a> */ FROM t WHERE x IN (<a>) AND y < <b1>"))
                .isEqualTo("SELECT '<a>', \"<a>\" /* <a> */ FROM t WHERE x IN (A) AND y < <b1>");
        assertThat(outcome(new AttributeTemplates(), "WHERE id IN (<ids>)")).isEqualTo(
                org.jdbi.v3.core.statement.UnableToCreateStatementException.class);
    }

    @Test
    void theTemplatesKithWritesRenderAsJdbiRendersThem() {
        for (String template : new String[] {
                "SELECT id FROM interactions WHERE book_id = :book AND id IN (<a>)",
                "name_key LIKE :p ESCAPE '\\'", "(' ' || name_key) LIKE :p ESCAPE '\\' AND x <> 1 AND y<=2",
                "SELECT 'it''s', 'a\\'b', x->>'k' FROM t -- <a>\n WHERE <_> // <b1>", "<>", "< a>", "<a", "\\<a>"}) {
            sameAsJdbi(template);
        }
    }

    @Test
    void randomTextRendersAsJdbiRendersIt() {
        RandomText.strings("ab1_<>'\"\\/*- \n", 18, 50_000, this::sameAsJdbi);
    }
}
