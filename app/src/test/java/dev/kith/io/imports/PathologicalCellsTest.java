package dev.kith.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.app.Kith;
import dev.kith.io.Fixtures;
import dev.kith.io.ImportException;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.io.Progress;
import dev.kith.store.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every importer on cells built to make a backtracking parser go quadratic (80,000 spaces, an address
 * of 100,000 characters without a dot, long runs without a separator): each completes well inside a
 * generous timeout (a quadratic reading takes tens of seconds to minutes here), as a dry run.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PathologicalCellsTest {
    private static final String SPACES = " ".repeat(80_000);
    private static final String NO_DOT = "a@" + "b".repeat(100_000);
    private static TestDatabase db;
    private static Kith book;

    @BeforeAll
    static void open() {
        db = TestDatabase.sqlite();
        book = Fixtures.book(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ImportSummary dryRun(ImportFormat format, String text) {
        return Fixtures.importer(book).run(format, "hostile", text.getBytes(StandardCharsets.UTF_8), true, Progress.NONE);
    }

    @Test
    void googleCellsOfSpacesAndSeparators() {
        String cells = "x" + SPACES + "y" + ":::".repeat(10_000) + SPACES;
        ImportSummary s = dryRun(ImportFormat.GOOGLE, "First Name,Last Name,E-mail 1 - Value,Labels,Website 1 - Value\n"
                + "Ana,Lima,\"" + cells + "\",\"" + cells + "\",\"" + SPACES + "\"\n"
                + "Bo,Chen,\"" + NO_DOT + "\",,\n");
        assertThat(s.created()).isEqualTo(2);
        assertThat(s.warnings()).isNotEmpty();
        assertThat(GoogleReader.split("a" + SPACES + "::: b ::: " + SPACES)).containsExactly("a", "b", "");
    }

    @Test
    void outlookCells() {
        ImportSummary s = dryRun(ImportFormat.OUTLOOK, "First Name,Last Name,E-mail Address,Categories,Web Page\n"
                + "Ana,Lima,\"" + NO_DOT + "\",\"" + ";".repeat(50_000) + SPACES + "\",\"" + SPACES + "x\"\n");
        assertThat(s.created()).isEqualTo(1);
    }

    @Test
    void linkedInCells() {
        ImportSummary s = dryRun(ImportFormat.LINKEDIN, "First Name,Last Name,URL,Email Address,Company,Position,"
                + "Connected On\nAna,Lima,\"" + SPACES + "\",\"" + NO_DOT + "\",\"" + SPACES + "x\",\"" + SPACES
                + "\",\"" + SPACES + "24 Nov 2026\"\n");
        assertThat(s.created()).isEqualTo(1);
    }

    @Test
    void vCardLines() {
        ImportSummary s = dryRun(ImportFormat.VCARD, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana" + SPACES + "Lima\r\n"
                + "EMAIL:" + NO_DOT + "\r\nNOTE:" + SPACES + "\r\nURL:" + SPACES + "\r\nBDAY:" + "1".repeat(80_000)
                + "\r\nCATEGORIES:" + ",".repeat(50_000) + "\r\nEND:VCARD\r\n");
        assertThat(s.created()).isEqualTo(1);
        assertThatThrownBy(() -> dryRun(ImportFormat.VCARD, "BEGIN:VCARD\r\n" + "A".repeat(100_000) + "!\r\nEND:VCARD\r\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a vCard property line");
    }

    @Test
    void jsonRestoreFields() {
        assertThatThrownBy(() -> dryRun(ImportFormat.JSON, "{\"format\":\"kith-backup\",\"version\":1,\"contacts\":"
                + "[{\"key\":\"c1\",\"name\":\"Ana\",\"emails\":[\"" + NO_DOT + "\"],\"notes\":\"" + SPACES + "\"}]}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("contacts[0].email");
    }
}
