package dev.kith.contacts;

import dev.kith.core.AmbiguousNameException;
import dev.kith.core.NotFoundException;
import dev.kith.core.Text;
import dev.kith.core.ValidationException;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user typed into one contact id: a number is an id; otherwise an exact name (ignoring
 * case and accents), else a unique prefix of the whole name, else a unique prefix of any word of it.
 */
final class NameResolver {
    private final ContactStore store;

    NameResolver(ContactStore store) {
        this.store = store;
    }

    Optional<Long> resolve(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("name", "must not be blank");
        }
        String trimmed = text.strip();
        if (trimmed.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(trimmed.replace("#", ""));
            if (store.exists(id)) {
                return Optional.of(id);
            }
        }
        Optional<Long> exact = exactName(trimmed);
        if (exact.isPresent()) {
            return exact;
        }
        String key = Text.key(trimmed);
        List<Long> prefix = store.idsByPrefix(key, true);
        if (prefix.isEmpty()) {
            prefix = store.idsByPrefix(key, false);
        }
        prefix = preferActive(prefix);
        if (prefix.size() == 1) {
            return Optional.of(prefix.get(0));
        }
        if (prefix.size() > 1) {
            throw ambiguous(trimmed, prefix);
        }
        throw new NotFoundException("no contact named '" + trimmed + "'" + dev.kith.core.Suggest.didYouMean(trimmed,
                store.basics().stream().filter(c -> !c.archived()).map(ContactBasics::name).sorted().toList()));
    }

    /**
     * The contact an id or an exact name (ignoring case and accents) names, never a prefix: empty when
     * none. Of several with that name, the one active (not archived) is taken; several active ones are
     * an {@link AmbiguousNameException}.
     */
    Optional<Long> exact(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("name", "must not be blank");
        }
        String trimmed = text.strip();
        if (trimmed.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(trimmed.replace("#", ""));
            if (store.exists(id)) {
                return Optional.of(id);
            }
        }
        return exactName(trimmed);
    }

    private Optional<Long> exactName(String trimmed) {
        List<Long> ids = preferActive(store.idsByNameKey(Text.key(trimmed)));
        if (ids.size() > 1) {
            throw ambiguous(trimmed, ids);
        }
        return ids.stream().findFirst();
    }

    /** {@code ids} without the archived contacts when that leaves exactly one; else {@code ids} as given. */
    private List<Long> preferActive(List<Long> ids) {
        if (ids.size() < 2) {
            return ids;
        }
        List<Long> active = store.load(ids).values().stream().filter(c -> !c.archived()).map(Contact::id).toList();
        return active.size() == 1 ? active : ids;
    }

    private AmbiguousNameException ambiguous(String text, List<Long> ids) {
        List<String> candidates = store.load(ids).values().stream()
                .map(c -> c.name() + " (#" + c.id() + c.currentJob().map(j -> j.organization() == null
                        ? "" : ", " + j.organization()).orElse("") + (c.archived() ? ", archived" : "") + ")")
                .toList();
        return new AmbiguousNameException(text, candidates);
    }
}
