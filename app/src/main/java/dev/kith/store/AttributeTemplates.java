package dev.kith.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;

/**
 * JDBI's default statement templates ({@code <name>} replaced by the statement's attribute {@code name}, as
 * {@code bindList} defines it) read by one hand-written scan instead of JDBI's generated lexer; see {@link
 * NamedParameters} for why. It renders exactly what JDBI's {@code DefinedAttributeTemplateEngine} renders, which
 * {@code AttributeTemplatesTest} checks on random text: {@code 'quoted'} and {@code "quoted"} text, {@code /*
 * comments *}{@code /} and {@code --} or {@code //} comments to the end of the line are copied as they are, {@code \x} is {@code x}, and a {@code <name>} (letters, digits and
 * {@code _}) is its attribute, an undefined one an {@link UnableToCreateStatementException}. Time linear in the
 * template's length; JDBI keeps each parsed template. Thread-safe.
 */
final class AttributeTemplates implements TemplateEngine.Parsing {
    @Override
    public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
        List<String> parts = new ArrayList<>(); // text, attribute name, text, attribute name, ..., text
        StringBuilder text = new StringBuilder(template.length());
        int n = template.length();
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            int end;
            if ((end = SqlText.verbatimEnd(template, i)) >= 0) {
                text.append(template, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < n) {
                text.append(template.charAt(i + 1));
                i += 2;
            } else if (c == '<' && (end = nameEnd(template, i + 1)) > i + 1 && SqlText.at(template, end, '>')) {
                parts.add(text.toString());
                text.setLength(0);
                parts.add(template.substring(i + 1, end));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        parts.add(text.toString());
        if (parts.size() == 1) {
            String sql = parts.get(0);
            return Optional.of(ctx -> sql);
        }
        return Optional.of(ctx -> render(template, parts, ctx));
    }

    private static String render(String template, List<String> parts, StatementContext ctx) {
        StringBuilder sql = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            if (k % 2 == 0) {
                sql.append(parts.get(k));
                continue;
            }
            Object value = ctx.getAttribute(parts.get(k));
            if (value == null) {
                throw new UnableToCreateStatementException("Error rendering SQL template: '" + template + "'",
                        new UnableToCreateStatementException("Undefined attribute for token '<" + parts.get(k) + ">'", ctx),
                        ctx);
            }
            sql.append(value);
        }
        return sql.toString();
    }

    /** The end of an attribute name (ASCII letters, digits, {@code _}) starting at {@code from}. */
    private static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
