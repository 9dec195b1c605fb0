package org.organizer.setup;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.organizer.platform.CliCommand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code setup}: the same one-time setup as the setup page, for installations run from a shell. */
@Component
@Command(
        name = "setup",
        mixinStandardHelpOptions = true,
        description = "Create the first administrator and the publication. Works only once.")
class SetupCommand implements CliCommand {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int BAD_INPUT = 2;

    private final SetupService setup;
    private final MessageSource messages;

    @Spec
    @Nullable
    CommandSpec spec;

    @Option(names = "--email", required = true, description = "the administrator's e-mail, used to sign in")
    String email = "";

    @Option(
            names = "--password-file",
            required = true,
            description = "a file holding the administrator's password (at least 12 characters)")
    Path passwordFile = Path.of("");

    @Option(names = "--title", required = true, description = "the publication's title")
    String title = "";

    @Option(
            names = "--languages",
            defaultValue = "en,es,ar",
            description = "languages of the publication, the default first (default: ${DEFAULT-VALUE})")
    String languages = "en,es,ar";

    // Defaults are declared on every optional option: picocli then resets them for each run of this singleton.
    @Option(
            names = "--name",
            defaultValue = "",
            description = "the administrator's display name (default: from the e-mail)")
    String name = "";

    SetupCommand(SetupService setup, MessageSource messages) {
        this.setup = setup;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        if (setup.isSetUp()) {
            err().println(text("setup.cli.alreadyDone"));
            return REFUSED;
        }
        String password;
        try {
            password = readPassword(passwordFile);
        } catch (IOException e) {
            err().println(text("setup.cli.passwordFile", passwordFile));
            return BAD_INPUT;
        }
        String defaultLanguage = languages.split(",")[0];
        SetupRequest request = new SetupRequest(
                email,
                displayName(),
                password,
                password,
                title,
                defaultLanguage.isBlank() ? "-" : defaultLanguage,
                languages);
        List<String> errors = setup.check(request);
        if (!errors.isEmpty()) {
            errors.forEach(key -> err().println(text(key)));
            return BAD_INPUT;
        }
        try {
            setup.setUp(request);
        } catch (AlreadySetUp e) {
            err().println(text("setup.cli.alreadyDone"));
            return REFUSED;
        }
        out().println(text("setup.cli.done", request.email(), request.title()));
        out().flush();
        return OK;
    }

    /** Editors add a final newline to files; it is not part of the password. */
    static String readPassword(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
            end--;
        }
        return content.substring(0, end);
    }

    private String displayName() {
        if (!name.isBlank()) {
            return name;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.ENGLISH);
    }

    private PrintWriter out() {
        return commandSpec().commandLine().getOut();
    }

    private PrintWriter err() {
        return commandSpec().commandLine().getErr();
    }

    private CommandSpec commandSpec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec before calling the command");
        }
        return spec;
    }
}
