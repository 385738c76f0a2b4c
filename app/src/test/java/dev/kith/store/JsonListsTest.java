package dev.kith.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonListsTest {
    @Test
    void readsWhatSqliteBuildsBackToTheSameStrings() throws Exception {
        List<String> values = List.of("ana@example.org", "quote \" and \\ slash /", "tab\tnew\nline",
                "unit\u001fseparator", "Núñez 日本 😀", "", "[not, json]");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             var s = c.prepareStatement("SELECT json_array(?, ?, ?, ?, ?, ?, ?, NULL)")) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                List<String> expected = new java.util.ArrayList<>(values);
                expected.add(null);
                assertThat(JsonLists.strings(rs.getString(1))).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void emptyAndNullAreEmptyLists() {
        assertThat(JsonLists.strings(null)).isEmpty();
        assertThat(JsonLists.strings("[]")).isEmpty();
        assertThat(JsonLists.strings("[1]")).as("a number reads as its text").containsExactly("1");
        assertThat(JsonLists.strings(" [ \"a\" , null ] ")).isEqualTo(Arrays.asList("a", null));
    }

    @Test
    void anythingButAnArrayOfStringsIsRefused() {
        for (String bad : List.of("", "[", "[\"a\"", "[\"a\",]", "{\"a\":1}", "[\"\\x\"]", "[\"\\u12\"]", "[[\"a\"]]")) {
            assertThatThrownBy(() -> JsonLists.strings(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
