package dev.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.ValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportFormatTest {

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theExportsOfEachSourceAreRecognizedFromTheirFirstLines() {
        assertThat(ImportFormat.detect("Connections.csv", Fixtures.resource("Connections.csv")))
                .isEqualTo(ImportFormat.LINKEDIN);
        assertThat(ImportFormat.detect("google.csv", Fixtures.resource("google.csv"))).isEqualTo(ImportFormat.GOOGLE);
        assertThat(ImportFormat.detect("outlook.csv", Fixtures.resource("outlook.csv")))
                .isEqualTo(ImportFormat.OUTLOOK);
        assertThat(ImportFormat.detect("outlook.vcf", Fixtures.resource("vcard/outlook.vcf")))
                .isEqualTo(ImportFormat.VCARD);
    }

    @Test
    void theContentDecidesWhenTheNameSaysNothing() {
        assertThat(ImportFormat.detect("upload", text("begin:vcard\r\nVERSION:3.0\r\n"))).isEqualTo(ImportFormat.VCARD);
        assertThat(ImportFormat.detect("upload", text("  {\"format\": \"kith\"}"))).isEqualTo(ImportFormat.JSON);
        assertThat(ImportFormat.detect("upload", text("First Name,Last Name,URL,Email Address\n")))
                .isEqualTo(ImportFormat.LINKEDIN);
        assertThat(ImportFormat.detect(null, text("Name,E-mail 1 - Value\n"))).isEqualTo(ImportFormat.GOOGLE);
        assertThat(ImportFormat.detect(null, text("Name,Business Phone\n"))).isEqualTo(ImportFormat.OUTLOOK);
    }

    @Test
    void aGoogleExportOfPhoneNumbersOnlyIsToldByItsNumberedColumns() {
        String now = "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
                + "Name Prefix,Name Suffix,Nickname,File As,Birthday,Notes,Photo,Labels,Phone 1 - Label,Phone 1 - Value\n"
                + "Ana,,Lima,,,,,,,,,,,* myContacts,Mobile,+351 912 345 678\n";
        assertThat(ImportFormat.detect("contacts.csv", text(now))).isEqualTo(ImportFormat.GOOGLE);
        String before2023 = "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
                + "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
                + "Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,"
                + "Notes,Language,Photo,Group Membership,Phone 1 - Type,Phone 1 - Value\n"
                + "Ana Lima,Ana,,Lima,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts,Mobile,+351 912 345 678\n";
        assertThat(ImportFormat.detect("contacts.csv", text(before2023))).isEqualTo(ImportFormat.GOOGLE);
        assertThat(ImportFormat.detect(null, text("First Name,Last Name,Phone 1 - Label\n"))).isEqualTo(ImportFormat.GOOGLE);
    }

    @Test
    void aByteOrderMarkAndLeadingBlankLinesAreSkipped() {
        assertThat(ImportFormat.detect("x.csv", text("\uFEFF\n\nNotes:\n\"When exporting...\"\n")))
                .isEqualTo(ImportFormat.LINKEDIN);
    }

    @Test
    void aVCardOrJsonNameWinsOverTheContent() {
        assertThat(ImportFormat.detect("Friends.VCF", text("Notes:\n"))).isEqualTo(ImportFormat.VCARD);
        assertThat(ImportFormat.detect("kith.vcard", text(""))).isEqualTo(ImportFormat.VCARD);
        assertThat(ImportFormat.detect("backup.json", text("Notes:\n"))).isEqualTo(ImportFormat.JSON);
    }

    @Test
    void onlyTheStartOfALargeFileIsRead() {
        byte[] late = text("a,b\n" + "1,2\n".repeat(ImportFormat.HEAD_BYTES) + "Organization Name\n");
        assertThatThrownBy(() -> ImportFormat.detect("big.csv", late)).isInstanceOf(ValidationException.class);
    }

    @Test
    void anLdifFileIsRecognizedByItsNameOrItsFirstLinePastComments() {
        assertThat(ImportFormat.detect("abook.LDIF", text("Notes:\n"))).isEqualTo(ImportFormat.LDIF);
        assertThat(ImportFormat.detect("abook.ldi", text(""))).isEqualTo(ImportFormat.LDIF);
        assertThat(ImportFormat.detect("upload", text("\uFEFFdn: cn=Ana Lima,mail=ana@acme.example\r\n")))
                .isEqualTo(ImportFormat.LDIF);
        assertThat(ImportFormat.detect(null, text("# extended LDIF\n#\n# LDAPv3\n\nversion: 1\n\ndn: cn=x\n")))
                .isEqualTo(ImportFormat.LDIF);
        assertThatThrownBy(() -> ImportFormat.detect("notes.txt", text("# a comment\nversion: 2\n")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aFileOfNoKnownFormatIsRefusedWithWhatCanBeImported() {
        assertThatThrownBy(() -> ImportFormat.detect("notes.txt", text("just some notes\n")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.reason()).isEqualTo("'notes.txt' is not a file Kith can import: use LinkedIn's"
                            + " data export (.zip) or its Connections.csv, a vCard (.vcf), a Google or Outlook contacts CSV, a Thunderbird or"
                            + " LDAP address book (.ldif), or a Kith backup (.json)");
                });
        assertThatThrownBy(() -> ImportFormat.detect("empty.csv", new byte[0])).isInstanceOf(ValidationException.class);
    }
}
