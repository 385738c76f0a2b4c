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

    /**
     * Where the text JDBI's lexers copy as it is, starting at {@code i}, ends (exclusive), or -1 when none starts
     * there: a {@code /* comment *}{@code /}, a {@code --} or {@code //} comment to the end of its line, a
     * {@code 'quoted'} text or a {@code "quoted"} name of at least one character.
     */
    static int verbatimEnd(String s, int i) {
        char c = s.charAt(i);
        int end;
        if (c == '/' && at(s, i + 1, '*') && (end = s.indexOf("*/", i + 2)) >= 0) {
            return end + 2;
        }
        if ((c == '-' || c == '/') && at(s, i + 1, c)) {
            return lineEnd(s, i + 2);
        }
        if (c == '\'' && (end = quoteEnd(s, i + 1)) >= 0) {
            return end + 1;
        }
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) != '"' && (end = s.indexOf('"', i + 1)) >= 0) {
            return end + 1;
        }
        return -1;
    }
}
