package dev.kith.cli;

import dev.kith.access.ApiTokens;
import dev.kith.access.Team;
import dev.kith.access.User;
import dev.kith.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kith user …}: the team server's accounts, for whoever administers its database. Each action is
 * written to the audit log as done by {@code cli:} and the operating-system user.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the team server's accounts (kith serve --team): each has a private book.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class,
                UserCommand.Enable.class, UserCommand.Password.class, UserCommand.Token.class,
                UserCommand.Tokens.class, UserCommand.Revoke.class})
final class UserCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A subcommand: runs {@link #execute} with the team over the database, then flushes. */
    abstract static class Action implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            try (Database db = Session.openDatabase(spec)) {
                PrintWriter out = spec.commandLine().getOut();
                execute(Team.of(db, Session.clock(spec)), out);
                out.flush();
                return 0;
            }
        }

        abstract void execute(Team team, PrintWriter out);

        boolean json() {
            return ((KithCommand) spec.root().userObject()).json;
        }

        static String actor() {
            return "cli:" + System.getProperty("user.name", "?");
        }

        /** Disables or enables account {@code name}, audited, and says so. */
        static void setDisabled(Team team, PrintWriter out, String name, boolean disabled) {
            team.users().setDisabled(name, disabled);
            String done = disabled ? "disabled" : "enabled";
            team.audit().record(actor(), "account " + done, name, null, null);
            out.println(Character.toUpperCase(done.charAt(0)) + done.substring(1) + " " + name + ".");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account with a new private book;"
            + " the password is read from standard input.")
    static final class Add extends Action {
        @Parameters(index = "0", paramLabel = "NAME", description = "Sign-in name: lower-case letters, digits, '.', '-', '_'.")
        String name;

        @Option(names = "--email", required = true, paramLabel = "ADDR", description = "The account's email address.")
        String email;

        @Option(names = "--admin", description = "May change the server's outgoing mail.")
        boolean admin;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input.")
        boolean passwordStdin;

        @Option(names = "--existing-book", paramLabel = "BOOK", description = "Give this existing book (say, default) to the account"
                + " instead of a new one named after it.")
        String book;

        @Override
        void execute(Team team, PrintWriter out) {
            User user = team.users().add(name, email, admin, Passwords.fromStdin(System.in), book);
            team.audit().record(actor(), "account added", name, null, admin ? "administrator" : null);
            out.println("Added " + user.name() + (user.admin() ? " (administrator)" : "") + " with a private book.");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListUsers extends Action {
        @Override
        void execute(Team team, PrintWriter out) {
            List<User> users = team.users().list();
            if (json()) {
                Json.write(users, out);
                return;
            }
            if (users.isEmpty()) {
                out.println("No accounts yet; add one with: kith user add NAME --email E --admin --password-stdin");
                return;
            }
            Table table = new Table("NAME", "EMAIL", "ROLE", "STATE");
            for (User u : users) {
                table.row(u.name(), u.email(), u.admin() ? "admin" : "member", u.disabled() ? "disabled" : "active");
            }
            table.print(out);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: its sessions end and its tokens stop working; its book is kept.")
    static final class Disable extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        void execute(Team team, PrintWriter out) {
            setDisabled(team, out, name, true);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        void execute(Team team, PrintWriter out) {
            setDisabled(team, out, name, false);
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set an account's password (read from standard input); its sessions end.")
    static final class Password extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input.")
        boolean passwordStdin;

        @Override
        void execute(Team team, PrintWriter out) {
            team.users().setPassword(name, Passwords.fromStdin(System.in));
            team.audit().record(actor(), "password set", name, null, null);
            out.println("Set a new password for " + name + "; their sessions have ended.");
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Make a personal API token for scripts (Authorization: Bearer TOKEN); it is shown once.")
    static final class Token extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--name", paramLabel = "LABEL", description = "What the token is for (default: api).")
        String label;

        @Override
        void execute(Team team, PrintWriter out) {
            User user = team.users().named(name);
            ApiTokens.Issued issued = team.tokens().create(user.id(), label);
            team.audit().record(actor(), "token created", name, null, "#" + issued.id() + " " + issued.label());
            if (json()) {
                Json.write(issued, out);
            } else {
                out.println(issued.token());
            }
        }
    }

    @Command(name = "tokens", mixinStandardHelpOptions = true, description = "List an account's API tokens (never the tokens).")
    static final class Tokens extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        void execute(Team team, PrintWriter out) {
            List<ApiTokens.Listed> tokens = team.tokens().of(team.users().named(name).id());
            if (json()) {
                Json.write(tokens, out);
                return;
            }
            Table table = new Table("ID", "NAME", "MADE", "LAST USED", "REVOKED");
            for (ApiTokens.Listed t : tokens) {
                table.row(t.id(), t.label(), t.created(), t.lastUsed(), t.revoked());
            }
            table.print(out);
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API token: it stops working at once.")
    static final class Revoke extends Action {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "ID", description = "The token's id (kith user tokens NAME).")
        long id;

        @Override
        void execute(Team team, PrintWriter out) {
            team.tokens().revoke(team.users().named(name).id(), id);
            team.audit().record(actor(), "token revoked", name, null, "#" + id);
            out.println("Revoked token " + id + " of " + name + ".");
        }
    }
}
