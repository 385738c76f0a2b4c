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
        String key = Text.key(trimmed);
        for (List<Long> ids : List.of(store.idsByNameKey(key))) {
            if (ids.size() == 1) {
                return Optional.of(ids.get(0));
            }
            if (ids.size() > 1) {
                throw ambiguous(trimmed, ids);
            }
        }
        List<Long> prefix = store.idsByPrefix(key, true);
        if (prefix.isEmpty()) {
            prefix = store.idsByPrefix(key, false);
        }
        if (prefix.size() == 1) {
            return Optional.of(prefix.get(0));
        }
        if (prefix.size() > 1) {
            throw ambiguous(trimmed, prefix);
        }
        throw new NotFoundException("no contact named '" + trimmed + "'" + dev.kith.core.Suggest.didYouMean(trimmed,
                store.basics().stream().filter(c -> !c.archived()).map(ContactBasics::name).sorted().toList()));
    }

    private AmbiguousNameException ambiguous(String text, List<Long> ids) {
        List<String> candidates = store.load(ids).values().stream()
                .map(c -> c.name() + " (#" + c.id() + c.currentJob().map(j -> j.organization() == null
                        ? "" : ", " + j.organization()).orElse("") + (c.archived() ? ", archived" : "") + ")")
                .toList();
        return new AmbiguousNameException(text, candidates);
    }
}
