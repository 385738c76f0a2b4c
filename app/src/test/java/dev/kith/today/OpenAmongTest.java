package dev.kith.today;

import static dev.kith.today.Scenario.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.interactions.InteractionKind;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;
import java.util.List;

/** Several actions looked up at once, as the event page does: only the open ones, each as {@code open} answers it. */
class OpenAmongTest {
    @BothDatabases
    void onlyProposedActionsNotDoneAreOpenAndSnoozedOnesStillAre(TestDatabase db) {
        Scenario s = new Scenario(db);
        long lauren = s.person("Lauren Hays");
        long sam = s.person("Sam Ortiz");
        long rita = s.person("Rita Moss");
        s.mine(lauren, TODAY.minusDays(1), InteractionKind.EVENT_ENCOUNTER);
        s.mine(sam, TODAY.minusDays(2), InteractionKind.EVENT_ENCOUNTER);
        s.mine(rita, TODAY.minusDays(1), InteractionKind.EVENT_ENCOUNTER);
        String laurens = "follow-up:" + lauren + ":" + TODAY.minusDays(1);
        String sams = "follow-up:" + sam + ":" + TODAY.minusDays(2);
        String ritas = "follow-up:" + rita + ":" + TODAY.minusDays(1);
        String nobody = "follow-up:999999:" + TODAY.minusDays(1);

        s.today().done(laurens, "Lovely to meet you");
        s.today().snooze(ritas, TODAY.plusDays(3));

        var open = s.today().openAmong(List.of(laurens, sams, ritas, nobody));
        assertThat(open).containsOnlyKeys(sams, ritas);
        assertThat(open.get(sams)).isEqualTo(s.today().open(sams));
        assertThat(open.get(sams).draft()).startsWith("Hi Sam, ");
    }
}
