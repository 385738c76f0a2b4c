package dev.kith.intros;

import dev.kith.app.Kith;
import dev.kith.book.Book;
import dev.kith.core.KithClock;
import dev.kith.demo.DemoBook;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportFormat;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every common-ground reason Kith gives for an introduction, on the demo book and on imported vCards, is
 * something two people really share, quoted, never a fragment of filler.
 */
class CommonGroundReasonsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** Fragments that once appeared as reasons. */
    private static final List<String> FILLER = List.of("second line", "two kid", "mentioned looking", "note field");

    private static List<String> allReasons(Kith kith) {
        Book book = kith.book();
        Pool pool = Pool.load(book, TODAY);
        List<String> out = new ArrayList<>();
        for (Suggestion s : Suggestions.suggest(book, kith.intros(), TODAY, 500, pool, Integer.MAX_VALUE, true, Integer.MAX_VALUE)) {
            out.addAll(s.commonGround());
        }
        return out;
    }

    private static void assertNoFiller(List<String> reasons) {
        for (String r : reasons) {
            String lower = r.toLowerCase(Locale.ROOT);
            for (String f : FILLER) {
                assertThat(lower).as("reason %s", r).doesNotContain(f);
            }
            assertThat(lower).as("reason %s", r).doesNotMatch(".*your notes on both mention \"\\d.*");
        }
    }

    @Test
    void theDemoBooksReasonsAreRealCommonGround() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith kith = Kith.open(db.database(), Book.DEFAULT, KithClock.fixed(TODAY));
            DemoBook.generate(kith, DemoBook.SEED, 300);
            List<String> reasons = allReasons(kith);
            assertThat(reasons).hasSizeGreaterThan(20);
            assertNoFiller(reasons);
            // quoted pairs of phrases name both people and both phrases
            assertThat(reasons.stream().filter(r -> r.contains(" · ")))
                    .allSatisfy(r -> assertThat(r).matches("[^:]+: .+ · [^:]+: .+"));
        }
    }

    @BothDatabases
    void importedVCardsGiveNoFillerAndPairAnEmailMigrationByMeaningOrWords(TestDatabase db) {
        Kith kith = Fixtures.book(db, TODAY);
        StringBuilder vcf = new StringBuilder();
        String[][] people = {
            {"Lena Park", "Migrating our email system to a new provider.\\nSecond line of the note field.\\nTwo kids."},
            {"Omar Haddad", "Email migration.\\nSecond line of the note field.\\nMentioned looking."},
            {"Ruth Vale", "Second line of the note field.\\nTwo kids.\\nMentioned looking."},
            {"Sam Ito", "Second line of the note field.\\nTwo kids.\\nMentioned looking."},
        };
        for (String[] p : people) {
            vcf.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:").append(p[0]).append("\r\nNOTE:").append(p[1])
                    .append("\r\nEND:VCARD\r\n");
        }
        Fixtures.importText(kith, ImportFormat.VCARD, vcf.toString());
        List<String> reasons = allReasons(kith);
        assertNoFiller(reasons);
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("Lena Park: Migrating our email system")
                .contains("Omar Haddad: Email migration"));
    }
}
