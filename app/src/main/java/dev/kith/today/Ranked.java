package dev.kith.today;

/** Something the plan ranks: by {@link #score()} (urgency × value), then by {@link #id()}. */
interface Ranked {
    String id();

    double score();
}
