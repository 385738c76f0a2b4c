package dev.kith.phonebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing a card's text in place, and the three-way merge of its fields. */
class CardTextTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final String CARD = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:u1\r\nFN:Ana Lima\r\nN:Lima;Ana;;;\r\n"
            + "item2.EMAIL;TYPE=work:ana@acme.example\r\nitem2.X-ABLabel:Work\r\nEMAIL:old@home.example\r\n"
            + "X-LONG:" + "x".repeat(80) + "\r\n y\r\nADR;TYPE=home:;;1 Rua;Porto;;4000;PT\r\nTITLE:Engineer\r\n"
            + "REV:20260101T000000Z\r\nEND:VCARD\r\n";
    private static final Fields SERVER = new Fields("Ana Lima", List.of("ana@acme.example", "old@home.example"),
            List.of(), null, "Engineer", "Porto", null);

    @Test
    void onlyTheChangedPropertiesAreRewrittenAndEverythingElseIsCopied() {
        Fields merged = new Fields("Ana Lima", List.of("ana@acme.example", "ana@new.example"), List.of("+351 1"),
                "Acme", "Engineer", "Lisboa", "Line one\nline two, with; marks");
        String out = CardText.parse(CARD).withFields(SERVER, merged, NOW);
        assertThat(out).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:u1\r\nFN:Ana Lima\r\nN:Lima;Ana;;;\r\n"
                        + "item2.EMAIL;TYPE=work:ana@acme.example\r\nitem2.X-ABLabel:Work\r\n")
                .contains("X-LONG:" + "x".repeat(80) + "\r\n y\r\n", "ADR;TYPE=home:;;1 Rua;Lisboa;;4000;PT\r\n",
                        "TITLE:Engineer\r\n", "REV:20261124T100000Z\r\n", "ORG:Acme\r\n",
                        "NOTE:Line one\\nline two\\, with\\; marks\r\n", "EMAIL:ana@new.example\r\n", "TEL:+351 1\r\n")
                .doesNotContain("old@home.example", "20260101T000000Z").endsWith("END:VCARD\r\n");
        assertThat(CardText.parse(out).revision()).isEqualTo(NOW);
    }

    @Test
    void longLinesFoldAt75OctetsNeverInsideACharacter() {
        Fields f = new Fields("Zoë " + "é".repeat(60), List.of(), List.of(), null, null, null, null);
        String card = CardText.create("kith-1", "3.0", f, NOW);
        for (String line : card.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(card.replace("\r\n ", "")).contains("FN:Zoë " + "é".repeat(60) + "\r\n", "UID:kith-1\r\n",
                "VERSION:3.0\r\n");
    }

    @Test
    void aFieldChangedOnOneSideWinsListsMergeAndBothChangedGoesToTheNewer() {
        Fields base = new Fields("Ana", List.of("a@x.example", "b@x.example"), List.of("1"), "Acme", "Dev", null, null);
        Fields kith = new Fields("Ana", List.of("a@x.example", "b@x.example", "k@x.example"), List.of("1"), "Acme",
                "Lead", "Porto", null);
        Fields server = new Fields("Ana Lima", List.of("A@X.example", "s@x.example"), List.of("1"), "Acme", "Manager",
                null, null);
        ThreeWay.Result kithNewer = ThreeWay.merge(base, kith, server, false);
        assertThat(kithNewer.merged().name()).isEqualTo("Ana Lima");
        assertThat(kithNewer.merged().emails()).containsExactly("a@x.example", "k@x.example", "s@x.example");
        assertThat(kithNewer.merged().location()).isEqualTo("Porto");
        assertThat(kithNewer.merged().title()).isEqualTo("Lead");
        assertThat(kithNewer.conflicts()).singleElement()
                .satisfies(c -> assertThat(c.other()).isEqualTo("Manager"));
        assertThat(ThreeWay.merge(base, kith, server, true).merged().title()).isEqualTo("Manager");
    }
}
