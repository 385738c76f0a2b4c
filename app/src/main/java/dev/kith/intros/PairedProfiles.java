package dev.kith.intros;

import dev.kith.book.Book;
import dev.kith.embeddings.Profile;
import dev.kith.embeddings.Profiles;
import dev.kith.store.IdSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link Profile}s of the people {@link Suggestions} pairs, by row of a {@link Pool}: when they
 * are a few hundred of a large book, read with queries restricted to them (the same rows and order as
 * {@link Profiles#load}, which reads every contact), else by {@link Profiles#load}.
 */
final class PairedProfiles {
    /** Up to this many people, the queries look them up (see {@link IdSets}); beyond, reading the whole book is cheaper. */
    static final int MAX_NAMED = 2000;

    private PairedProfiles() {
    }

    /** The profiles of the rows marked in {@code among}, indexed by row; null for every other row. */
    static Profile[] load(Book book, LocalDate today, Pool pool, boolean[] among) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < among.length; i++) {
            if (among[i]) {
                ids.add(pool.id(i));
            }
        }
        Profile[] out = new Profile[pool.size()];
        // the profiles a fresh index of the book already holds (Today's share part builds it first): the same
        // records Profiles.load gives, without reading them again
        java.util.Optional<dev.kith.embeddings.ProfileIndex> index = dev.kith.embeddings.ProfileIndex.cached(book, today);
        if (index.isPresent()) {
            for (long id : ids) {
                Profile p = index.get().profile(id);
                if (p != null) {
                    out[pool.row(id)] = p;
                }
            }
            return out;
        }
        List<Profile> loaded = Profiles.load(book, today, ids.size() > MAX_NAMED ? null : ids);
        for (Profile p : loaded) {
            int row = pool.row(p.id());
            if (row >= 0 && among[row]) {
                out[row] = p;
            }
        }
        return out;
    }
}
