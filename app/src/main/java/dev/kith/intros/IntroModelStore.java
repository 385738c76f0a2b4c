package dev.kith.intros;

import dev.kith.book.Book;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The SQL of the {@code intro_models} table: the {@link IntroModel} each book ranks introductions with,
 * kept between runs because a fit on a large book takes seconds. The weights are written as text
 * ({@link Double#toString}: read back exactly).
 */
final class IntroModelStore {
    private IntroModelStore() {
    }

    /** The model kept for {@code book}, if any and of the current feature set. */
    static Optional<IntroModel> read(Book book) {
        return book.database().read(h -> h.createQuery(
                        "SELECT events, fitted, half_life, new_pairs, model FROM intro_models WHERE book_id = :b")
                .bind("b", book.id())
                .map((rs, ctx) -> parse(rs.getInt(1), rs.getBoolean(2), rs.getDouble(3), rs.getInt(4), rs.getString(5)))
                .findOne().flatMap(m -> m));
    }

    /** Keeps {@code model} as {@code book}'s, chosen {@code today}, in place of any before. */
    static void write(Book book, IntroModel model, LocalDate today) {
        book.database().update(h -> {
            h.createUpdate("INSERT INTO intro_models (book_id, events, fitted, half_life, new_pairs, model, chosen_on)"
                            + " VALUES (:b, :events, :fitted, :halfLife, :newPairs, :model, :today)"
                            + " ON CONFLICT (book_id) DO UPDATE SET events = excluded.events, fitted = excluded.fitted,"
                            + " half_life = excluded.half_life, new_pairs = excluded.new_pairs, model = excluded.model,"
                            + " chosen_on = excluded.chosen_on")
                    .bind("b", book.id()).bind("events", model.events()).bind("fitted", model.fitted())
                    .bind("halfLife", model.halfLife()).bind("newPairs", model.newPairs())
                    .bind("model", format(model.model())).bind("today", today)
                    .execute();
        });
    }

    static String format(LogisticModel m) {
        StringBuilder s = new StringBuilder();
        for (double[] part : new double[][] {m.means(), m.sds(), m.weights(), {m.intercept()}}) {
            for (double x : part) {
                s.append(s.isEmpty() ? "" : " ").append(x);
            }
        }
        return s.toString();
    }

    private static Optional<IntroModel> parse(int events, boolean fitted, double halfLife, int newPairs, String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(" ");
        int k = LinkFeatures.SIZE;
        if (parts.length != 3 * k + 1) {
            return Optional.empty(); // kept by a version with other features: choose again
        }
        double[] x = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                x[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                return Optional.empty(); // a damaged row: choose again rather than fail every plan
            }
            if (!Double.isFinite(x[i]) || i >= k && i < 2 * k && x[i] <= 0) {
                return Optional.empty(); // no model has such weights, nor a zero spread
            }
        }
        LogisticModel m = new LogisticModel(LinkFeatures.NAMES, Arrays.copyOfRange(x, 0, k),
                Arrays.copyOfRange(x, k, 2 * k), Arrays.copyOfRange(x, 2 * k, 3 * k), x[3 * k]);
        return Optional.of(new IntroModel(m, halfLife, fitted, newPairs, events));
    }
}
