package dev.kith.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.demo.DemoBook;
import dev.kith.intros.Intro;
import dev.kith.store.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark book's articles, events, introductions and goals: present, dated over the past, deterministic, added once. */
class BookExtrasTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private static String summary(Kith book) {
        return book.articles().list().stream().map(a -> a.url() + "@" + a.addedOn() + ":" + a.tags()).toList() + "|"
                + book.events().list().stream().map(e -> e.name() + "@" + e.start()).toList() + "|"
                + book.intros().all().stream().map(i -> i.aId() + "-" + i.bId() + ":" + i.state() + "@" + i.startedOn())
                .toList() + "|" + book.goals().list().stream().map(g -> g.title()).toList();
    }

    private Kith generated(String name) {
        Database db = Database.open(dir.resolve(name).toString());
        Kith book = Kith.open(db, Book.DEFAULT, KithClock.fixed(TODAY));
        DemoBook.generate(book, DemoBook.SEED, 500);
        return book;
    }

    @Test
    void addsEveryKindInProportionDatedOverThePastAndOnlyOnce() {
        Kith book = generated("a.db");
        int articlesBefore = book.articles().list().size();
        int eventsBefore = book.events().list().size();
        BookExtras.Added added = BookExtras.add(book, BookExtras.SEED);
        // 501 contacts (minus archived): 2 articles, 1.2 events, 0.6 introductions per 100, at least 3 goals
        assertThat(added.articles()).isBetween(9, 10);
        assertThat(added.events()).isBetween(5, 6);
        assertThat(added.introductions()).isBetween(2, 3);
        assertThat(added.goals()).isEqualTo(3);
        assertThat(book.articles().list()).hasSize(articlesBefore + added.articles());
        assertThat(book.events().list()).hasSize(eventsBefore + added.events());
        List<LocalDate> articleDays = book.articles().list().stream()
                .filter(a -> a.url().contains("/bench/")).map(a -> a.addedOn()).distinct().toList();
        assertThat(articleDays).hasSizeGreaterThan(3).allSatisfy(d -> assertThat(d).isBetween(TODAY.minusDays(730), TODAY));
        assertThat(book.events().between(TODAY, TODAY.plusDays(14))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(book.intros().all()).extracting(Intro::startedOn).anySatisfy(d -> assertThat(d).isBefore(TODAY.minusDays(2)));
        assertThat(book.goals().list()).hasSizeGreaterThanOrEqualTo(3 + 2);

        String first = summary(book);
        assertThat(BookExtras.add(book, BookExtras.SEED)).isEqualTo(new BookExtras.Added(0, 0, 0, 0));
        assertThat(summary(book)).isEqualTo(first);

        Kith again = generated("b.db");
        BookExtras.add(again, BookExtras.SEED);
        assertThat(summary(again)).isEqualTo(first);
        book.database().close();
        again.database().close();
    }
}
