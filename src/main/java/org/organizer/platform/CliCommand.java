package org.organizer.platform;

import java.util.concurrent.Callable;

/**
 * A subcommand of {@code java -jar organizer.jar}: a Spring bean annotated with picocli's
 * {@code @Command}, returning the process exit code. Its name must also be listed in
 * {@link CommandLineMode#COMMANDS} so the jar knows not to start the web server.
 */
public interface CliCommand extends Callable<Integer> {}
