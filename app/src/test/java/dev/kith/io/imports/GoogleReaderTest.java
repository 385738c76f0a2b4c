package dev.kith.io.imports;

import static dev.kith.io.Fixtures.book;
import static dev.kith.io.Fixtures.importText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.app.Kith;
import dev.kith.contacts.Contact;
import dev.kith.contacts.ContactFilter;
import dev.kith.io.ImportFormat;
import dev.kith.io.ImportSummary;
import dev.kith.store.TestDatabase;
import org.junit.jupiter.api.Test;

/** Google Contacts CSV in the shape of the export before 2023 (old Takeout archives). */
class GoogleReaderTest {
    private static final String BEFORE_2023 = "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
            + "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,"
            + "Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
            + "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
            + "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Formatted,"
            + "Address 1 - City,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,"
            + "Organization 1 - Title,Organization 1 - Department,Website 1 - Type,Website 1 - Value\r\n"
            + "Nguyễn Thị Hương,Hương,Thị,Nguyễn,,,,,,,,,,,1990-05-01,,,,,,,,,,,\"Met at PyCon\nTalked ML\",,,"
            + "* myContacts ::: Friends,* Home,huong@example.vn ::: huong2@example.vn,,,Mobile,+84 90 123 4567,,"
            + "\"1 Street\nHanoi\",Hà Nội,,Viettel,,Engineer,,Profile,https://www.linkedin.com/in/huong\r\n";

    @Test
    void theGoogleCsvOfOldTakeoutArchivesIsReadByItsOwnColumns() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            ImportSummary s = importText(book, ImportFormat.GOOGLE, BEFORE_2023);
            assertThat(s.created()).isEqualTo(1);
            assertThat(s.warnings()).isEmpty();
            Contact c = book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).getFirst().id());
            assertThat(c.name()).isEqualTo("Nguyễn Thị Hương");
            assertThat(c.givenName()).isEqualTo("Hương Thị");
            assertThat(c.familyName()).isEqualTo("Nguyễn");
            assertThat(c.emails()).containsExactly("huong@example.vn", "huong2@example.vn");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Viettel");
            assertThat(c.currentJob().orElseThrow().title()).isEqualTo("Engineer");
            assertThat(c.location()).isEqualTo("Hà Nội");
            assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/huong");
            assertThat(c.tags()).containsExactly("friends");
            assertThat(c.notes()).isEqualTo("Met at PyCon\nTalked ML");
            assertThat(ImportFormat.detect("contacts.csv", BEFORE_2023.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isEqualTo(ImportFormat.GOOGLE);
        }
    }

    @Test
    void everyNumberedEmailPhoneAndWebsiteColumnIsReadNotOnlyTheFirstFive() {
        StringBuilder header = new StringBuilder("First Name,Last Name");
        StringBuilder row = new StringBuilder("Ana,Lima");
        for (int i = 1; i <= 7; i++) {
            header.append(",E-mail ").append(i).append(" - Label,E-mail ").append(i).append(" - Value,Phone ").append(i)
                    .append(" - Label,Phone ").append(i).append(" - Value");
            row.append(",,").append(i == 7 ? "ana7@example.com" : i == 1 ? "ana1@example.com" : "").append(",,")
                    .append(i == 6 ? "+1 555 0106" : "");
        }
        header.append(",Website 1 - Label,Website 1 - Value,Website 6 - Label,Website 6 - Value");
        row.append(",,,Profile,https://www.linkedin.com/in/ana-lima");
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            importText(book, ImportFormat.GOOGLE, header + "\r\n" + row + "\r\n");
            Contact c = book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).getFirst().id());
            assertThat(c.emails()).containsExactly("ana1@example.com", "ana7@example.com");
            assertThat(c.phones()).containsExactly("+1 555 0106");
            assertThat(c.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ana-lima");
        }
    }

    @Test
    void googlesOutlookCsvExportImportedAsGoogleIsReadAsOutlook() {
        String outlookFromGoogle = "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
                + "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,"
                + "Mobile Phone,Job Title,Department,Company,Business City,Home City,Web Page,Birthday,Notes\r\n"
                + "Zoë,,Ødegård,,,,,,zoe@example.no,,,,,,+47 912 34 567,Lead,,Equinor,Stavanger,,,,Skiing friend\r\n";
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(importText(book, ImportFormat.GOOGLE, outlookFromGoogle).created()).isEqualTo(1);
            Contact c = book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).getFirst().id());
            assertThat(c.name()).isEqualTo("Zoë Ødegård");
            assertThat(c.emails()).containsExactly("zoe@example.no");
            assertThat(c.phones()).containsExactly("+47 912 34 567");
            assertThat(c.currentJob().orElseThrow().organization()).isEqualTo("Equinor");
            assertThat(c.location()).isEqualTo("Stavanger");
        }
    }

    @Test
    void aGoogleCsvImportedAsOutlookIsReadAsGoogle() {
        try (TestDatabase db = TestDatabase.sqlite()) {
            Kith book = book(db);
            assertThat(importText(book, ImportFormat.OUTLOOK, BEFORE_2023).created()).isEqualTo(1);
            Contact c = book.contacts().get(book.contacts().list(ContactFilter.ALL_ACTIVE).getFirst().id());
            assertThat(c.emails()).containsExactly("huong@example.vn", "huong2@example.vn");
        }
    }
}
