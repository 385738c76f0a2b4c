package dev.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.contacts.Circle;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactQueryTest {
    private static ContactQuery parse(Map<String, String> params) {
        return ContactQuery.from(params::get);
    }

    @Test
    void aSearchAsksForItsBestTwentyAndTheWholeListForTwoHundred() {
        assertThat(parse(Map.of("q", "ana")).limit()).isEqualTo(20);
        assertThat(parse(Map.of()).limit()).isEqualTo(200);
        assertThat(parse(Map.of("q", "ana", "limit", "7")).limit()).isEqualTo(7);
    }

    @Test
    void showMoreKeepsEveryFilterEncodedAndAddsAHundredRows() {
        ContactQuery query = parse(Map.of("q", "a&b c=ü", "tag", "open source", "circle", "inner", "due", "true",
                "sort", "last", "limit", "20"));
        assertThat(query.moreParameters())
                .isEqualTo("q=a%26b+c%3D%C3%BC&tag=open+source&circle=inner&due=true&sort=last&limit=120");
        assertThat(parse(Map.of("q", "ana")).moreParameters()).isEqualTo("q=ana&limit=120");
        assertThat(parse(Map.of()).moreParameters()).isEqualTo("limit=300");
        assertThat(parse(Map.of("limit", "9950")).moreParameters()).isEqualTo("limit=10000");
        assertThat(query.circle()).isEqualTo(Circle.INNER);
    }
}
