package dev.kith.dav;

import dev.kith.cards.Cards;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What a sync-collection REPORT (RFC 6578) answers: the changes after the revision its token names ({@code since},
 * -1 for everything) up to {@code upTo}, the last revision whose changes all fit in the client's limit. Reads only
 * the revisions of the snapshot's names, never a card's text. Immutable, thread-safe.
 */
record SyncRange(long since, long upTo) {

    /** The range {@code root}, a sync-collection element, asks of {@code snapshot}; a {@link DavProblem} when it cannot be. */
    static SyncRange of(Element root, Cards.Snapshot snapshot) {
        Element tokenElement = DavXml.child(root, DavXml.DAV, "sync-token");
        String token = tokenElement == null ? "" : tokenElement.getTextContent().strip();
        long since = since(token, snapshot);
        return new SyncRange(since, upTo(snapshot, since, limit(root)));
    }

    /** Whether a change at {@code revision} is in the range. */
    boolean holds(long revision) {
        return revision > since && revision <= upTo;
    }

    /** The client's DAV:limit on a sync-collection (RFC 6578 section 3.7), or -1 for none. */
    private static int limit(Element root) {
        Element limit = DavXml.child(root, DavXml.DAV, "limit");
        Element n = limit == null ? null : DavXml.child(limit, DavXml.DAV, "nresults");
        if (n == null) {
            return -1;
        }
        try {
            return Math.max(0, Integer.parseInt(n.getTextContent().strip()));
        } catch (NumberFormatException e) {
            throw new DavProblem(400, "nresults is a number, not " + n.getTextContent().strip());
        }
    }

    /**
     * The last revision a sync-collection answers: all of them, or under a {@code limit} (not -1) the most
     * whole revisions whose changes fit in it (a change is never cut from its revision's others, so the token
     * of that revision leaves nothing out); a 507 number-of-matches-within-limits when not even one fits.
     */
    private static long upTo(Cards.Snapshot snapshot, long since, int limit) {
        if (limit < 0) {
            return snapshot.revision();
        }
        List<Long> revisions = new ArrayList<>();
        snapshot.cards().stream().filter(c -> c.revision() > since).forEach(c -> revisions.add(c.revision()));
        if (since >= 0) {
            snapshot.gone().stream().filter(g -> g.revision() > since).forEach(g -> revisions.add(g.revision()));
        }
        if (revisions.size() <= limit) {
            return snapshot.revision();
        }
        Collections.sort(revisions);
        long cut = revisions.get(limit);
        if (revisions.getFirst() == cut) {
            throw new DavProblem(507, "more changes than the limit of " + limit + " were made together; ask with a larger limit",
                    "<d:number-of-matches-within-limits/>");
        }
        return cut - 1;
    }

    /**
     * The revision a sync token stands for: -1 for none (everything); 403 valid-sync-token for one not given out
     * in this book's history (another book's, the same book's before it was recreated or restored elsewhere, or a
     * token of the form given before histories were kept, which names none), so that the client syncs afresh.
     */
    private static long since(String token, Cards.Snapshot snapshot) {
        if (token.isEmpty()) {
            return -1;
        }
        String ours = DavProperties.TOKEN_PREFIX + snapshot.history() + "/";
        if (token.startsWith(ours)) {
            try {
                long n = Long.parseLong(token.substring(ours.length()));
                if (n >= 0 && n <= snapshot.revision()) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw new DavProblem(403, "the sync token " + token + " was not given out by this address book; sync afresh",
                "<d:valid-sync-token/>");
    }
}
