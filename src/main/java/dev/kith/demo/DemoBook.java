package dev.kith.demo;

import dev.kith.book.Book;

/** TEMPORARY placeholder until the demo branch is merged; never committed. */
public final class DemoBook {
    public static final long SEED = 42;
    public static final int DEFAULT_PEOPLE = 300;

    private DemoBook() {
    }

    public static Object generate(Book book, long seed, int people) {
        book.contacts().add(dev.kith.contacts.ContactDraft.builder("Placeholder Person").build());
        return null;
    }
}
