package dev.kith.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.core.AmbiguousNameException;
import dev.kith.core.NotFoundException;
import dev.kith.store.BothDatabases;
import dev.kith.store.TestDatabase;

/** How a typed target is read: ids explicit on the command line, a number a target's id in links and the API. */
class TargetResolutionTest {
    @BothDatabases
    void aBareNumberIsAContactAHashIsWhicheverExistsAndLinksReadTargetIds(TestDatabase db) {
        NetworkFixture f = new NetworkFixture(db);
        Network network = f.book.network();
        Target zoe = network.targets().addPerson("Zoe Quinn", "Globex", null);
        assertThat(network.resolve(Long.toString(f.bob)).name()).isEqualTo("Bob Baker");
        assertThat(network.resolveTarget(zoe.id()).name()).isEqualTo("Zoe Quinn");
        assertThat(network.resolveTargetFirst(Long.toString(zoe.id())).id()).isEqualTo(zoe.id());
        assertThatThrownBy(() -> network.resolve("#" + zoe.id())).isInstanceOf(AmbiguousNameException.class)
                .hasMessageContaining("target #" + zoe.id()).hasMessageContaining("contact #" + zoe.id());
        assertThatThrownBy(() -> network.resolve("#999999")).isInstanceOf(NotFoundException.class)
                .hasMessage("no contact #999999");
    }
}
