package dev.kith.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every subcommand of {@code kith}, and the start-up shortcut: building picocli's model of all of
 * them costs about a quarter of a second, so a run that names one subcommand registers only that
 * one, and {@code kith --version} none. Help, errors and a bare {@code kith} register them all.
 */
final class Commands {
    static final List<Class<?>> ALL = List.of(
            ContactsCommand.class,
            LogCommand.class,
            MilestoneCommand.class,
            TieCommand.class,
            SearchCommand.class,
            MeCommand.class,
            OrgsCommand.class,
            TodayCommand.class,
            SettingsCommand.class,
            DoneCommand.class,
            SnoozeCommand.class,
            SkipCommand.class,
            DueCommand.class,
            CircleCommand.class,
            PlansCommand.class,
            ImportCommand.class,
            RepliesCommand.class,
            InboxCommand.class,
            SyncCommand.class,
            ExportCommand.class,
            CalendarCommand.class,
            MailCommand.class,
            SendCommand.class,
            ServeCommand.class,
            TokenCommand.class,
            UserCommand.class,
            AuditCommand.class,
            TrainCommand.class,
            EventCommand.class,
            AttendCommand.class,
            MetCommand.class,
            GroupCommand.class,
            JoinCommand.class,
            GoalCommand.class,
            TargetCommand.class,
            PathCommand.class,
            AskCommand.class,
            ReferralCommand.class,
            BreadthCommand.class,
            ArticleCommand.class,
            ShareCommand.class,
            ReciprocityCommand.class,
            IntrosCommand.class,
            IntroCommand.class,
            UndoCommand.class);


    /** The launcher's training run builds every command, so that all of them land in the start-up cache. */
    private static final String TRAINING = "train-start-up-cache";

    /** Root options that take a value, so the token after them is not a subcommand name. */
    private static final Set<String> VALUED = Set.of("--db", "--book", "--today");

    private Commands() {
    }

    /** Adds to {@code root} the subcommand {@code args} name, or every subcommand when that is unclear. */
    static void register(CommandLine root, String... args) {
        String wanted = subcommandName(args);
        if (wanted == null && List.of(args).stream().anyMatch(a -> a.equals("--version") || a.equals("-V"))) {
            return;
        }
        boolean training = TRAINING.equals(wanted);
        for (Class<?> type : ALL) {
            if (wanted == null || training || wanted.equals(type.getAnnotation(Command.class).name())) {
                root.addSubcommand(type);
            }
        }
        if (root.getSubcommands().isEmpty()) {
            ALL.forEach(root::addSubcommand); // an unknown name (or "help"): every command, for help and "did you mean"
        }
        if (root.getSubcommands().size() > 1 || wanted == null) {
            root.addSubcommand("help", new CommandLine.HelpCommand()); // kith help [COMMAND]
        }
    }

    /** The first argument that is not a root option or its value; null when none (or when help is asked). */
    static String subcommandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return null;
            }
            if (VALUED.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }
}
