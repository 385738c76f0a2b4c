package dev.kith.intros;

import dev.kith.book.Book;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The model a book's introductions are ranked with: {@link TemporalFit#fit fitted} on the book's own
 * {@link TieHistory} when it has enough of one, else {@link TemporalFit#prior()}. Enough means at least
 * {@value #MIN_EVENTS} events and, in the fit's validation window (the last fifth of the events), at least
 * {@value #MIN_NEW_PAIRS} pairs first in touch there: with fewer, the choice of half-life and penalty on
 * that window is noise, and the prior (fitted once on a synthetic network of triadic closure with bursts)
 * ranks as well. The same choice {@code kith bench intros} makes for its "kith" row.
 *
 * @param model        the weights
 * @param halfLife     the half-life its features expect, in the history's time unit (days in a book)
 * @param fitted       whether fitted on this history (false: the prior)
 * @param newPairs     the pairs first in touch in the validation window (0 when not looked at)
 * @param events       the events of the history it was chosen on
 */
public record IntroModel(LogisticModel model, double halfLife, boolean fitted, int newPairs, int events) {
    /** A history with fewer events ranks with the prior. */
    public static final int MIN_EVENTS = 300;
    /** A history with fewer new pairs in its validation window ranks with the prior. */
    public static final int MIN_NEW_PAIRS = 30;
    /**
     * What a book's fit reads: {@value #BOOK_FIT_PAIRS} new pairs per window as examples and {@value #BOOK_VALIDATION}
     * validation queries, so that a fit on a book of 10,000 takes seconds, not minutes.
     */
    static final int BOOK_FIT_PAIRS = 500;
    static final int BOOK_VALIDATION = 300;
    public static final TemporalFit.Budget BOOK = new TemporalFit.Budget(BOOK_FIT_PAIRS, BOOK_VALIDATION);

    /** A kept model is chosen again once the history has grown or shrunk by this share of the events it was chosen on. */
    static final double REFIT_SHARE = 0.10;

    /**
     * Today fits only histories of at most this many events (a fit of one this size takes about a second); on
     * a larger one it ranks with the model kept in the book, even out of date, or the prior, and leaves the fit
     * to {@code kith intros}, so that neither the daily plan nor a web request waits for one.
     */
    public static final int TODAY_FIT_EVENTS = 20_000;

    /**
     * The model {@code book} ranks with today, {@code history} being its tie history: under {@value #MIN_EVENTS}
     * events the prior (nothing kept: that choice is instant); else the model kept in the book while the history
     * has changed by less than {@value #REFIT_SHARE} of its events since, else a new {@link #choose choice} (a
     * fit within {@link #BOOK}), which is kept, when the history has at most {@code maxFitEvents} events; beyond,
     * the kept model however old, or the prior.
     */
    static IntroModel of(Book book, TieHistory history, LocalDate today, int maxFitEvents) {
        int events = history.events().size();
        if (events < MIN_EVENTS) {
            return choose(history.events(), events, history.people(), BOOK);
        }
        Optional<IntroModel> kept = IntroModelStore.read(book);
        if (kept.isPresent() && (!stale(kept.get(), events) || events > maxFitEvents)) {
            return kept.get();
        }
        if (events > maxFitEvents) {
            return prior(history.events(), events);
        }
        IntroModel chosen = choose(history.events(), events, history.people(), BOOK);
        IntroModelStore.write(book, chosen, today);
        return chosen;
    }

    private static IntroModel prior(List<long[]> events, int count) {
        double span = count == 0 ? 1 : Math.max(1, events.get(count - 1)[2] - events.get(0)[2]);
        return new IntroModel(TemporalFit.prior(), span * TemporalFit.PRIOR_HALF_LIFE_SHARE, false, 0, count);
    }

    /** Whether a model chosen on {@code kept.events()} events is out of date for a history of {@code events}. */
    static boolean stale(IntroModel kept, int events) {
        return Math.abs(events - kept.events()) >= Math.max(1, REFIT_SHARE * kept.events());
    }

    /**
     * The probability that the model prefers the pair with features {@code x} to a pair of people with no history at
     * all (every feature 0): 1/2 for such a pair, towards 1 the more the pair's ties say they would connect.
     */
    public double probability(double[] x) {
        return LogisticModel.sigmoid(utility(x));
    }

    /** The log-odds behind {@link #probability}: {@code Σ w_j x_j / sd_j}, the sum of {@link #contributions}. */
    public double utility(double[] x) {
        double s = 0;
        for (double c : contributions(x)) {
            s += c;
        }
        return s;
    }

    /** Each feature's share of {@link #utility}: {@code w_j x_j / sd_j}, against a pair with no history. */
    public double[] contributions(double[] x) {
        double[] raw = model.rawWeights();
        double[] c = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            c[j] = raw[j] * x[j];
        }
        return c;
    }

    /**
     * The model for the first {@code count} of {@code events} ({@code {from, to, time}} sorted by time) among
     * {@code n} people: fitted when there are enough events and new pairs (see above, and when the fit finds
     * anything that ranks the validation window at all), else the prior with its half-life.
     */
    public static IntroModel choose(List<long[]> events, int count, int n, TemporalFit.Budget budget) {
        IntroModel prior = prior(events, count);
        double span = prior.halfLife() / TemporalFit.PRIOR_HALF_LIFE_SHARE;
        if (count < MIN_EVENTS) {
            return prior;
        }
        int c2 = (int) (count * 0.8);
        int fresh = TemporalFit.newPairs(events, c2, count,
                LinkFeatures.of(events, c2, n, TemporalFit.time(events, c2), span)).size();
        if (fresh < MIN_NEW_PAIRS) {
            return new IntroModel(prior.model(), prior.halfLife(), false, fresh, count);
        }
        try {
            TemporalFit.Fitted f = TemporalFit.fit(events, count, n, budget);
            return new IntroModel(f.model(), f.halfLife(), true, fresh, count);
        } catch (IllegalArgumentException tooFew) {
            return new IntroModel(prior.model(), prior.halfLife(), false, fresh, count);
        }
    }
}
