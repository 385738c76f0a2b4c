package dev.kith.dav;

import dev.kith.cards.Cards;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A card's name as clients write it in hrefs (any text but a slash: Evolution and CardBook name a card after
 * its UID, which may hold spaces, braces or letters beyond ASCII) and as {@link Cards} keeps it (letters, digits
 * and {@code . _ @ + = ~ : -}). A name Cards can keep is kept as it is; any other, and one starting {@code Q=},
 * is kept as {@code Q=} followed by its UTF-8 bytes with each one Cards cannot keep (and {@code =}) written
 * {@code =XX}. The mapping is one to one. Thread-safe.
 */
final class CardNames {
    private static final String PREFIX = "Q=";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CardNames() {
    }

    /** The name Cards keeps for the card a client calls {@code name} (percent-decoded); too long for it past 200. */
    static String stored(String name) {
        if (Cards.validName(name) && !name.startsWith(PREFIX)) {
            return name;
        }
        StringBuilder out = new StringBuilder(PREFIX);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && kept((char) c)) {
                out.append((char) c);
            } else {
                out.append('=').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    /** The name clients know the card Cards calls {@code stored} by: the inverse of {@link #stored}. */
    static String external(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(stored.length());
        for (int i = PREFIX.length(); i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '=') {
                int hi = i + 2 < stored.length() ? Character.digit(stored.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(stored.charAt(i + 2), 16);
                if (lo < 0) {
                    return stored; // not a name this class wrote
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The href of the card Cards calls {@code stored}: the address book's path and the client's name, percent-encoded. */
    static String href(String stored) {
        String name = external(stored);
        StringBuilder out = new StringBuilder(DavProperties.BOOK.length() + name.length() + 8).append(DavProperties.BOOK);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    /** Whether Cards keeps the character {@code c} as it is inside a name ({@code =} is this class's escape). */
    private static boolean kept(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "._@+~:-".indexOf(c) >= 0;
    }
}
