package dev.kith.tasks;

import dev.kith.core.Coded;

/** Whether a task is still to do. */
public enum TaskStatus implements Coded {
    OPEN("open"), DONE("done"), CANCELLED("cancelled");

    private final String code;

    TaskStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
