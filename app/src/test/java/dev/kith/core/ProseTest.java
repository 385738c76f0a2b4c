package dev.kith.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates, places, lists and topics in words. */
class ProseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24); // a Tuesday

    @Test
    void datesReadInWordsRelativeWhereNatural() {
        assertThat(Prose.date(LocalDate.of(2026, 12, 3), TODAY)).isEqualTo("3 December");
        assertThat(Prose.date(LocalDate.of(2027, 1, 20), TODAY)).isEqualTo("20 January 2027");
        assertThat(Prose.ahead(TODAY, TODAY)).isEqualTo("today");
        assertThat(Prose.ahead(TODAY.plusDays(1), TODAY)).isEqualTo("tomorrow");
        assertThat(Prose.ahead(TODAY.plusDays(2), TODAY)).isEqualTo("on Thursday");
        assertThat(Prose.ahead(TODAY.plusDays(9), TODAY)).isEqualTo("on Thursday, 3 December");
        assertThat(Prose.ahead(TODAY.plusDays(30), TODAY)).isEqualTo("on 24 December");
        assertThat(Prose.ago(TODAY.minusDays(1), TODAY)).isEqualTo("yesterday");
        assertThat(Prose.ago(TODAY.minusDays(3), TODAY)).isEqualTo("on Saturday");
        assertThat(Prose.ago(TODAY.minusDays(10), TODAY)).isEqualTo("last week");
        assertThat(Prose.ago(TODAY.minusDays(60), TODAY)).isEqualTo("on 25 September");
        assertThat(Prose.ago(TODAY.minusDays(500), TODAY)).isEqualTo("in July 2025");
        assertThat(Prose.days(8)).isEqualTo("8 days");
        assertThat(Prose.days(1)).isEqualTo("1 day");
    }

    @Test
    void onlineEventsReadOnlineAndOthersTakeTheirPlace() {
        assertThat(Prose.online("Online")).isTrue();
        assertThat(Prose.online("Zoom")).isTrue();
        assertThat(Prose.online("Denver")).isFalse();
        assertThat(Prose.place("Online")).isEqualTo(", online");
        assertThat(Prose.place("Denver")).isEqualTo(" in Denver");
        assertThat(Prose.place(null)).isEmpty();
        assertThat(Prose.event("RDM Winter Meetup")).isEqualTo("the RDM Winter Meetup");
        assertThat(Prose.event("Library Leaders Summit 2026")).isEqualTo("the Library Leaders Summit 2026");
        assertThat(Prose.event("ALA Annual")).isEqualTo("ALA Annual");
        assertThat(Prose.event("The Big Conference")).isEqualTo("The Big Conference");
    }

    @Test
    void aNoteGivesItsTopicOrNothing() {
        assertThat(Prose.topic("Project check-in on digital preservation")).isEqualTo("digital preservation");
        assertThat(Prose.topic("Ran into them at Code4Lib; talked about email migration")).isEqualTo("email migration");
        assertThat(Prose.topic("Working session on research data at Hill University")).isEqualTo("research data");
        assertThat(Prose.topic("They walked me through their IIIF rollout")).isEqualTo("your IIIF rollout");
        assertThat(Prose.topic("ALA Annual")).isNull();
        assertThat(Prose.topic(null)).isNull();
    }

    @Test
    void listsAndSentences() {
        assertThat(Prose.and(List.of("A"))).isEqualTo("A");
        assertThat(Prose.and(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(Prose.sentence("you're both here")).isEqualTo("You're both here.");
        assertThat(Prose.tidy("Hi  Ana , thanks ..")).isEqualTo("Hi Ana, thanks.");
        assertThat(Prose.label("rdm")).isEqualTo("RDM");
        assertThat(Prose.label("mentoring")).isEqualTo("mentoring");
    }
}
