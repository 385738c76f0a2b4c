package dev.kith.web;

import java.util.List;

/**
 * The main navigation: the pages most used, shown in the header on a wide screen, and the rest under
 * "More"; on a phone all of them fold behind the Menu button.
 */
final class Nav {
    private Nav() {
    }

    /** One entry: the key pages pass as their {@code nav}, the address and the words shown. */
    record Item(String key, String href, String label) {
    }

    static final List<Item> MAIN = List.of(
            new Item("today", "/", "Today"),
            new Item("contacts", "/contacts", "Contacts"),
            new Item("events", "/events", "Events"),
            new Item("goals", "/goals", "Goals"),
            new Item("network", "/network", "Network"),
            new Item("intros", "/intros", "Intros"));


    static final List<Item> MORE = List.of(
            new Item("plans", "/plans", "Plans ahead"),
            new Item("groups", "/groups", "Groups"),
            new Item("targets", "/targets", "Targets"),
            new Item("asks", "/asks", "Asks"),
            new Item("articles", "/articles", "Articles"),
            new Item("reciprocity", "/reciprocity", "Give and ask"),
            new Item("breadth", "/breadth", "Breadth"),
            new Item("import", "/import", "Import"),
            new Item("export", "/export", "Export"),
            new Item("settings", "/settings", "Settings"));
}
