package dev.kith.io.backup;

import java.util.List;

/**
 * The sections of a backup, in the order they are written and restored. A feature that
 * adds tables appends its section here (records may refer by key only to earlier sections).
 */
public final class BackupSections {
    public static final List<BackupSection> ALL = List.of(
            new OrganizationsSection(),
            new ContactsSection(),
            new InteractionsSection(),
            new MilestonesSection(),
            new TiesSection(),
            new TasksSection(),
            new TargetsSection(),
            new AsksSection(),
            new TodayActionsSection(),
            new SettingsSection(),
            new GroupsSection(),
            new EventsSection(),
            new GoalsSection(),
            new ArticlesSection(),
            new IntrosSection(),
            new CardGroupsSection());

    private BackupSections() {
    }
}
