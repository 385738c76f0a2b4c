package dev.kith.capture.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectsTest {

    @Test
    void replyAndForwardPrefixesOfManyMailersAndLanguagesAreRemoved() {
        for (String s : new String[] {"Lunch Friday", "Re: Lunch Friday", "RE: Fwd: lunch  friday", "AW: Lunch Friday",
                "SV: Lunch Friday", "WG: Lunch Friday", "Re[2]: Lunch Friday", "Fw: RE:Lunch Friday",
                "TR: Lunch Friday", "Antw: Lunch Friday", "[team] Re: Lunch Friday"}) {
            assertThat(Subjects.normalize(s)).as(s).isEqualTo("lunch friday");
        }
        assertThat(Subjects.normalize("Report: Q3")).isEqualTo("report: q3");
        assertThat(Subjects.normalize(null)).isEmpty();
    }
}
