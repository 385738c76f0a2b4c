package dev.kith.cards;

import static org.assertj.core.api.Assertions.assertThat;

import ezvcard.VCardVersion;
import org.junit.jupiter.api.Test;

/** Splicing Kith's changed properties into a client's card, line by line. */
class CardLinesTest {
    @Test
    void aQuotedPrintableValueWithASoftBreakIsOneLineKeptOrReplacedWhole() {
        String sent = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N:M=C3=BCller;J=C3=BCrgen",
                "FN:Juergen Mueller", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9 au lait, tr=C3=A8s =",
                "bien", "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jo;1;;;;;;;;;;;;;", "BDAY:19700415",
                "END:VCARD", "");
        assertThat(CardLines.split(sent)).extracting(CardLines.Line::name)
                .containsExactly("BEGIN", "VERSION", "N", "FN", "NOTE", "X-ANDROID-CUSTOM", "BDAY", "END");
        String merged = String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N:M=C3=BCller;J=C3=BCrgen",
                "FN:Juergen Mueller", "NOTE:Tea now", "END:VCARD", "");
        String spliced = CardLines.splice(sent, merged, VCardVersion.V2_1);
        assertThat(spliced).isEqualTo(String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "N:M=C3=BCller;J=C3=BCrgen",
                "FN:Juergen Mueller", "NOTE:Tea now", "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Jo;1;;;;;;;;;;;;;",
                "BDAY:19700415", "END:VCARD", ""));
    }

    @Test
    void aPropertyTheCardLackedGoesBeforeEndWithTheCardsOwnLineEnds() {
        String sent = "BEGIN:VCARD\nVERSION:4.0\nFN:Li Wei\nBDAY:--0415\nEND:VCARD\n";
        String merged = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Li Wei\r\nTITLE:Chemist\r\nUID:urn:uuid:x\r\nEND:VCARD\r\n";
        assertThat(CardLines.splice(sent, merged, VCardVersion.V4_0))
                .isEqualTo("BEGIN:VCARD\nVERSION:4.0\nFN:Li Wei\nBDAY:--0415\nTITLE:Chemist\nUID:urn:uuid:x\nEND:VCARD\n");
    }
}
