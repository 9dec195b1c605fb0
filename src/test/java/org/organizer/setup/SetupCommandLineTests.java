package org.organizer.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.organizer.Organizer;
import org.organizer.platform.CommandLineMode;

/** The setup command as run from the jar: its own short-lived application without a web server. */
class SetupCommandLineTests {

    @TempDir
    Path tmp;

    @Test
    void theJarSetsUpAnEmptyInstallationOnceAndRefusesTheSecondTime() throws Exception {
        Path password = Files.writeString(tmp.resolve("password"), "a long enough passphrase\n");
        String[] args = {
            "setup",
            "--email",
            "admin@example.org",
            "--password-file",
            password.toString(),
            "--title",
            "Workers' Tribune",
            "--languages",
            "en,es,ar",
            "--name",
            "Admin"
        };
        String previous = System.getProperty("organizer.data-dir");
        System.setProperty("organizer.data-dir", tmp.resolve("data").toString());
        try {
            assertThat(CommandLineMode.run(Organizer.class, args)).isZero();
            assertThat(CommandLineMode.run(Organizer.class, args)).isEqualTo(1);
        } finally {
            if (previous == null) {
                System.clearProperty("organizer.data-dir");
            } else {
                System.setProperty("organizer.data-dir", previous);
            }
        }
    }

    @Test
    void aPasswordFileLosesOnlyItsTrailingNewline() throws Exception {
        assertThat(SetupCommand.readPassword(Files.writeString(tmp.resolve("a"), " spaced secret \r\n")))
                .isEqualTo(" spaced secret ");
        assertThat(SetupCommand.readPassword(Files.writeString(tmp.resolve("b"), "no newline")))
                .isEqualTo("no newline");
    }
}
