package dev.kith.milestones;

import dev.kith.core.Coded;

/** What happened to a person. */
public enum MilestoneKind implements Coded {
    NEW_JOB("new-job"), PROMOTION("promotion"), AWARD("award"), TALK_GIVEN("talk-given"),
    PUBLICATION("publication"), ATTENDING_EVENT("attending-event"), MOVED("moved"), OTHER("other");

    private final String code;

    MilestoneKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static MilestoneKind parse(String field, String text) {
        return Coded.parse(MilestoneKind.class, field, text);
    }
}
