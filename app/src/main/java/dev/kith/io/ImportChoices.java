package dev.kith.io;

import java.util.Map;
import java.util.Set;

/**
 * What the user chose for the records that look like someone already in the book (see
 * {@link ImportRow#candidates}), by the record's line: merge into one of its candidates, or keep both
 * (add a new contact). A record without a choice gets the default: with {@code defaults}, it merges
 * into its first strong candidate and otherwise keeps both; without, it always keeps both (what
 * {@code kith import} does). A choice naming a contact that is not one of the record's candidates
 * keeps both. Immutable.
 */
public record ImportChoices(Map<Long, Long> mergeInto, Set<Long> keepBoth, boolean defaults) {
    /** No choices: every likely duplicate is added as a new contact. */
    public static final ImportChoices NONE = new ImportChoices(Map.of(), Set.of(), false);
    /** No choices made yet: strong matches merge, the others are kept apart; what the preview proposes. */
    public static final ImportChoices DEFAULTS = new ImportChoices(Map.of(), Set.of(), true);

    public ImportChoices {
        mergeInto = Map.copyOf(mergeInto);
        keepBoth = Set.copyOf(keepBoth);
    }
}
