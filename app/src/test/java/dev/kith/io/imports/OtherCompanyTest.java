package dev.kith.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a LinkedIn import's company is another company than the book's, not a respelling of it. */
class OtherCompanyTest {
    @Test
    void respellingsAndLegalFormsAreTheSameCompany() {
        assertThat(Merger.otherCompany("ACME, Inc.", "Acme Corp")).isFalse();
        assertThat(Merger.otherCompany("I.B.M.", "IBM")).isFalse();
        assertThat(Merger.otherCompany("Acme", "Acme Labs")).isFalse();
        assertThat(Merger.otherCompany("The Globex Corporation", "Globex")).isFalse();
        assertThat(Merger.otherCompany("Inc.", "Globex")).as("a name of legal forms only says nothing").isFalse();
    }

    @Test
    void namesWithNoWordInCommonAreTwoCompanies() {
        assertThat(Merger.otherCompany("Acme Corp", "Globex")).isTrue();
        assertThat(Merger.otherCompany("Hill University", "Northwind Studio")).isTrue();
    }
}
