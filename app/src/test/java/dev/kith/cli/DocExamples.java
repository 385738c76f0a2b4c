package dev.kith.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code kith} examples of a Markdown file: every command line in its code blocks that runs
 * {@code ./kith} or {@code kith} (after an optional {@code $ } prompt), split at {@code &&}, with
 * continuation lines joined and shell quoting, escapes and comments read as a POSIX shell reads them.
 * A line whose comment says {@code (needs a password)} or {@code (needs a server)} is kept but marked
 * to be skipped: the docs show that convention to readers too.
 */
record DocExamples(List<Example> examples) {
    private static final Pattern SKIP = Pattern.compile("\\(needs a (password|server)");

    // kith ... serve ...: the web server runs until stopped (its own tests start it), so it is not run here
    private static final java.util.regex.Pattern SERVE = java.util.regex.Pattern.compile("\\bkith\\b[^#]*\\sserve\\b");

    /** One command: where it is ({@code README.md:104}), the line as written, its arguments, and why it is skipped (or null). */
    record Example(String where, String line, List<String> args, String skip) {
    }

    static DocExamples read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Example> out = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            int number = i + 1;
            StringBuilder joined = new StringBuilder(line);
            while (joined.toString().stripTrailing().endsWith("\\") && i + 1 < lines.size()) {
                String s = joined.toString().stripTrailing();
                joined.setLength(0);
                joined.append(s, 0, s.length() - 1).append(' ').append(lines.get(++i).strip());
            }
            String text = joined.toString().strip();
            if (text.startsWith("$ ")) {
                text = text.substring(2).strip();
            }
            if (!text.startsWith("./kith ") && !text.startsWith("kith ")
                    && !(text.contains("| ./kith ") || text.contains("| kith "))) {
                continue;
            }
            String where = file.getParent().getFileName() + "/" + file.getFileName() + ":" + number;
            String skip = SKIP.matcher(text).find() ? "needs a password or a server"
                    : SERVE.matcher(text).find() ? "runs a server until stopped" : null;
            for (List<String> words : commands(text)) {
                if (words.isEmpty()) {
                    continue;
                }
                String program = words.get(0);
                if (program.equals("./kith") || program.equals("kith")) {
                    out.add(new Example(where, text, List.copyOf(words.subList(1, words.size())), skip));
                } else if (skip == null) {
                    throw new IllegalStateException(where + ": a kith example that is not a plain kith command"
                            + " (mark it \"(needs a password)\" or \"(needs a server)\" if it cannot run): " + text);
                }
            }
        }
        return new DocExamples(out);
    }

    /** The commands of one shell line, split at {@code &&}: each a list of words, the comment dropped. */
    static List<List<String>> commands(String line) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated single quote: " + line);
                }
                word = word == null ? new StringBuilder() : word;
                word.append(line, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        d = line.charAt(++i);
                    }
                    word.append(d);
                    i++;
                }
                if (i >= line.length()) {
                    throw new IllegalArgumentException("unterminated double quote: " + line);
                }
                i++;
            } else if (c == '\\' && i + 1 < line.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(line.charAt(i + 1));
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
            } else if (c == '#' && word == null) {
                break;
            } else if (c == '&' && word == null && line.startsWith("&&", i)) {
                commands.add(words);
                words = new ArrayList<>();
                i += 2;
            } else if (c == '|' && word == null) {
                commands.add(words);
                words = new ArrayList<>();
                i++;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        commands.add(words);
        return commands;
    }
}
