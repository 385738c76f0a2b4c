package dev.kith.store;

/** What JDBI's statement lexers agree on about SQL text: where quoted text and comments end. */
final class SqlText {
    private SqlText() {
    }

    static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    /** Where the line that {@code from} is on ends: its {@code \r} or {@code \n}, or the statement's end. */
    static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The index of the quote closing a {@code '} text whose first character is at {@code from}, or -1: the first
     * quote not right after a backslash, else the last one that is (a {@code \'} may end the text or escape a
     * quote in it, and the longest text wins, as in JDBI's lexer).
     */
    static int quoteEnd(String s, int from) {
        int last = -1;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\'') {
                if (i == from || s.charAt(i - 1) != '\\') {
                    return i;
                }
                last = i;
            }
        }
        return last;
    }
}
