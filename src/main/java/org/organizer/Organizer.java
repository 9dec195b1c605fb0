package org.organizer;

import java.util.Arrays;
import org.organizer.platform.CommandLineMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Organizer {

    public static void main(String[] args) {
        if (CommandLineMode.isCommand(args)) {
            System.exit(CommandLineMode.run(Organizer.class, args));
        }
        SpringApplication.run(Organizer.class, withDemoFlag(args));
    }

    /** {@code --demo} is short for {@code --organizer.demo=true}. */
    static String[] withDemoFlag(String[] args) {
        return Arrays.stream(args)
                .map(arg -> arg.equals("--demo") ? "--organizer.demo=true" : arg)
                .toArray(String[]::new);
    }
}
