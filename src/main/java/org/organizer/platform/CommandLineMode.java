package org.organizer.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs administrative commands ({@code setup}, {@code token}, {@code backup}, {@code restore}) with the
 * same jar and configuration as the server, but without the web server.
 */
public final class CommandLineMode {

    public static final Set<String> COMMANDS =
            Set.of("setup", "token", "backup", "restore", "search", "edition", "cases");

    private static final List<String> SETTING_PREFIXES = List.of("organizer.", "spring.", "server.", "logging.");

    private CommandLineMode() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        List<String> settings = new ArrayList<>();
        List<String> commandArgs = new ArrayList<>();
        for (String arg : args) {
            (isSetting(arg) ? settings : commandArgs).add(arg);
        }
        // Unfinished event deliveries belong to the server: a command must not run listeners, and on the
        // empty database a restore starts from there is no event table yet. An argument, because
        // application.yml turns republishing on and outranks default properties.
        settings.add("--spring.modulith.events.republish-outstanding-events-on-restart=false");
        Map<String, Object> properties = new HashMap<>();
        properties.put("logging.level.root", "warn");
        properties.put("logging.level.org.organizer", "warn");
        if (args[0].equals("restore")) {
            // A restore migrates the empty database itself, only up to the version the backup was taken at.
            properties.put("spring.flyway.enabled", "false");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(properties)
                .run(settings.toArray(String[]::new))) {
            CommandLine commandLine = new CommandLine(new Root());
            context.getBeansOfType(CliCommand.class).values().forEach(commandLine::addSubcommand);
            return commandLine.execute(commandArgs.toArray(String[]::new));
        }
    }

    /** {@code --organizer.data-dir=/srv/data} and the like configure the application, as for the server. */
    static boolean isSetting(String arg) {
        return arg.startsWith("--")
                && arg.contains("=")
                && SETTING_PREFIXES.stream().anyMatch(prefix -> arg.startsWith("--" + prefix));
    }

    @Command(
            name = "java -jar organizer.jar",
            mixinStandardHelpOptions = true,
            description = "Organizer administration. Without a command the web server starts.")
    static final class Root {}
}
