package org.organizer.accounts;

import java.io.PrintWriter;
import java.util.Optional;
import org.organizer.platform.CliCommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code token create|list|revoke}: API tokens for a person, with a role no higher than theirs. The token
 * itself is printed once and stored only as a hash.
 */
@Component
@Command(name = "token", mixinStandardHelpOptions = true, description = "Create, list or revoke API tokens.")
class ApiTokenCommand implements CliCommand {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int BAD_INPUT = 2;

    private final UserAccounts users;
    private final ApiTokens tokens;

    @Spec
    CommandSpec spec;

    ApiTokenCommand(UserAccounts users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return BAD_INPUT;
    }

    @Command(name = "create", description = "Create a token and print it once.")
    int create(
            @Option(names = "--email", required = true, description = "the person the token acts for") String email,
            @Option(names = "--role", required = true, description = "correspondent, editor or administrator")
                    String role,
            @Option(names = "--name", defaultValue = "api", description = "what the token is for") String name) {
        Optional<Role> tokenRole = Role.parse(role);
        String label = name.strip();
        if (tokenRole.isEmpty()) {
            err().println("Unknown role '" + role + "': use correspondent, editor or administrator.");
            return BAD_INPUT;
        }
        if (label.isEmpty() || label.length() > 100) {
            err().println("The token's name must have 1 to 100 characters.");
            return BAD_INPUT;
        }
        Optional<UserAccounts.Row> user = users.byEmail(email).filter(UserAccounts.Row::enabled);
        if (user.isEmpty()) {
            err().println("Refused: no enabled account has the e-mail " + email + ".");
            return REFUSED;
        }
        if (!user.get().role().includes(tokenRole.get())) {
            err().println("Refused: " + email + " is " + describe(user.get().role())
                    + "; a token cannot have more rights than its owner.");
            return REFUSED;
        }
        ApiTokens.Issued issued = tokens.issue(user.get().id(), label, tokenRole.get());
        out().println("Token " + issued.id() + " (" + describe(tokenRole.get()) + ") for "
                + user.get().email() + ". It is shown only this once:");
        out().println(issued.token());
        out().flush();
        return OK;
    }

    @Command(name = "list", description = "List a person's tokens (never the tokens themselves).")
    int list(@Option(names = "--email", required = true) String email) {
        Optional<UserAccounts.Row> user = users.byEmail(email);
        if (user.isEmpty()) {
            err().println("No account has the e-mail " + email + ".");
            return REFUSED;
        }
        for (ApiTokens.Listed token : tokens.of(user.get().id())) {
            out().printf(
                            "%d\t%s\t%s\tcreated %s%s%n",
                            token.id(),
                            token.name(),
                            describe(token.role()),
                            token.createdAt().toLocalDate(),
                            token.revokedAt() == null
                                    ? ""
                                    : "\trevoked " + token.revokedAt().toLocalDate());
        }
        out().flush();
        return OK;
    }

    @Command(name = "revoke", description = "Revoke a token by its id; it stops working at once.")
    int revoke(@Option(names = "--id", required = true) long id) {
        if (!tokens.revoke(id)) {
            err().println("No active token has the id " + id + ".");
            return REFUSED;
        }
        out().println("Token " + id + " revoked.");
        out().flush();
        return OK;
    }

    private static String describe(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
