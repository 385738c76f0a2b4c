package dev.kith.cli;

import dev.kith.articles.Article;
import dev.kith.core.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code kith article add|list}: the article library. Kith never fetches an article: the text is what you give. */
@Command(name = "article", description = "Keep articles worth sharing (add, list).", mixinStandardHelpOptions = true,
        subcommands = {ArticleCommand.Add.class, ArticleCommand.ListArticles.class})
final class ArticleCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kith article add URL [--title T] [--text TEXT | --file F] [--takeaway T] [--tag T]...}. */
    @Command(name = "add", description = "Add an article to the library.", mixinStandardHelpOptions = true)
    static final class Add extends BookCommand {
        @Parameters(index = "0", paramLabel = "URL", description = "The article's link.")
        String url;

        @Option(names = "--title", paramLabel = "T", description = "Its title (default: the URL).")
        String title;

        @Option(names = "--text", paramLabel = "TEXT", description = "Its text or summary, used for matching.")
        String text;

        @Option(names = "--file", paramLabel = "F", description = "Read the text from this UTF-8 file.")
        Path file;

        @Option(names = "--takeaway", paramLabel = "T", description = "Your top takeaway, quoted in the note.")
        String takeaway;

        @Option(names = "--tag", paramLabel = "T", description = "A tag (repeatable).")
        List<String> tags = new ArrayList<>();

        @Override
        void execute(Session session) {
            if (text != null && file != null) {
                throw new ValidationException("file", "give --text or --file, not both");
            }
            String body = text;
            if (file != null) {
                try {
                    body = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    throw new ValidationException("file", "cannot read " + file + ": " + e.getMessage());
                }
            }
            Article a = session.book().articles().add(url, title, body, takeaway, tags);
            if (session.json()) {
                session.printJson(a);
            } else {
                session.out().println("Added article #" + a.id() + ": " + a.title());
                session.out().println("See who would benefit: kith share " + a.id());
            }
        }
    }

    /** {@code kith article list}. */
    @Command(name = "list", description = "List the library, newest first.", mixinStandardHelpOptions = true)
    static final class ListArticles extends BookCommand {
        @Override
        void execute(Session session) {
            List<Article> all = session.book().articles().list();
            if (session.json()) {
                session.printJson(all);
                return;
            }
            Table table = new Table("ID", "ADDED", "TITLE", "TAGS", "URL");
            for (Article a : all) {
                table.row("#" + a.id(), a.addedOn().toString(), a.title(), String.join(", ", a.tags()), a.url());
            }
            table.print(session.out());
            session.out().println(all.size() + (all.size() == 1 ? " article" : " articles"));
        }
    }
}
