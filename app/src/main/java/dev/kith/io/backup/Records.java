package dev.kith.io.backup;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.core.Dates;
import dev.kith.core.Limits;
import dev.kith.core.ValidationException;
import dev.kith.io.ImportException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/**
 * The records of one backup section, read with typed getters that name the record's path
 * ({@code contacts[3].firstMet}) in every error. No text may exceed {@link Limits#DOCUMENT} (1 MB, an
 * article's text) and no list {@link #MAX_LIST} values, whatever the section; sections run their records
 * through the domain's own validation with {@link Record#validate} (notes and summaries: 64 KB).
 */
public final class Records implements Iterable<Records.Record> {
    /** Values in one list of one record, at most. */
    static final int MAX_LIST = 10_000;
    private final String file;
    private final String path;
    private final JsonNode array;

    Records(String file, String path, JsonNode array) {
        this.file = file;
        this.path = path;
        this.array = array;
        if (!array.isArray()) {
            throw new ImportException(file, 0, path + ": expected a list");
        }
    }

    @Override
    public Iterator<Record> iterator() {
        List<Record> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            list.add(new Record(path + "[" + i + "]", array.get(i)));
        }
        return list.iterator();
    }

    /** One record of a section. */
    public final class Record {
        private final String path;
        private final JsonNode node;

        Record(String path, JsonNode node) {
            this.path = path;
            this.node = node;
            if (!node.isObject()) {
                throw fail(path, "expected an object");
            }
        }

        public String path() {
            return path;
        }

        /** Fails unless every field of the record is one of {@code allowed}. */
        public Record only(Set<String> allowed) {
            node.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    throw fail(path + "." + f, "unknown field");
                }
            });
            return this;
        }

        public String key() {
            String key = text("key");
            if (key == null || key.length() < 2) {
                throw fail(path + ".key", "a key is required");
            }
            return key;
        }

        /** The text of {@code field}; null when null or absent. */
        public String text(String field) {
            return text(field, Limits.DOCUMENT);
        }

        private String text(String field, int max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw fail(path + "." + field, "expected text");
            }
            return checked(field, v.asText(), max);
        }

        public String requiredText(String field) {
            return requiredText(field, Limits.DOCUMENT);
        }

        /** The text of {@code field}, which is required, at most {@code max} characters (a card: 4 MiB). */
        public String requiredText(String field, int max) {
            String v = text(field, max);
            if (v == null) {
                throw fail(path + "." + field, "is required");
            }
            return v;
        }

        public LocalDate date(String field) {
            String v = text(field);
            try {
                return v == null ? null : Dates.parse(field, v);
            } catch (ValidationException e) {
                throw fail(path + "." + field, "'" + v + "' is not a valid date (expected YYYY-MM-DD)");
            }
        }

        public Integer integer(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isInt()) {
                throw fail(path + "." + field, "expected a whole number");
            }
            return v.asInt();
        }

        public boolean bool(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw fail(path + "." + field, "expected true or false");
            }
            return v.asBoolean();
        }

        public List<String> texts(String field) {
            JsonNode v = node.get(field);
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull()) {
                return out;
            }
            if (!v.isArray()) {
                throw fail(path + "." + field, "expected a list of texts");
            }
            if (v.size() > MAX_LIST) {
                throw fail(path + "." + field, "has " + v.size() + " values; at most " + MAX_LIST + " are allowed");
            }
            for (JsonNode item : v) {
                if (!item.isTextual()) {
                    throw fail(path + "." + field, "expected a list of texts");
                }
                out.add(checked(field, item.asText(), Limits.DOCUMENT));
            }
            return out;
        }

        private String checked(String field, String text, int max) {
            try {
                return Limits.text(field, text, max);
            } catch (ValidationException e) {
                throw fail(path + "." + field, e.reason());
            }
        }

        /**
         * Runs {@code check}, the validation the API applies to this record (building its domain
         * value); a {@link ValidationException} becomes an {@link ImportException} naming the record and field.
         */
        public void validate(Runnable check) {
            try {
                check.run();
            } catch (ValidationException e) {
                throw fail(path + "." + e.field(), e.reason());
            }
        }

        public Records records(String field) {
            JsonNode v = node.get(field);
            return new Records(file, path + "." + field, v == null || v.isNull()
                    ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode() : v);
        }

        /**
         * Runs {@code insert}, which stores this record (or part of it), and returns its result; a
         * constraint of the schema the record breaks becomes an {@link ImportException} naming the record.
         */
        public <T> T insert(Supplier<T> insert) {
            try {
                return insert.get();
            } catch (JdbiException e) {
                throw cannotStore(e);
            }
        }

        /** {@link #insert(Supplier)} for an insert with no result. */
        public void insert(Runnable insert) {
            try {
                insert.run();
            } catch (JdbiException e) {
                throw cannotStore(e);
            }
        }

        private ImportException cannotStore(JdbiException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return fail(path, "cannot be stored: " + root.getMessage());
        }

        /** An {@link ImportException} about {@code where} in this file. */
        public ImportException fail(String where, String reason) {
            return new ImportException(file, 0, where + ": " + reason);
        }
    }
}
