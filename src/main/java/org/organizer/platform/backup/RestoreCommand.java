package org.organizer.platform.backup;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.organizer.platform.CliCommand;
import org.organizer.platform.PlatformProperties;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restores a backup into a new, empty data directory or database, then exits.",
            "Exit codes: 0 restored, 1 refused or failed, 2 not a valid backup file."
        })
class RestoreCommand implements CliCommand {

    private final DataSource dataSource;
    private final PlatformProperties properties;

    @Option(
            names = {"-f", "--file"},
            required = true,
            description = "the zip file written by the backup command")
    Path file;

    @Spec
    CommandSpec spec;

    RestoreCommand(DataSource dataSource, PlatformProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public Integer call() {
        try {
            BackupManifest manifest = new DatabaseRestore(dataSource, properties.filesDir()).restoreFrom(file);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Restored %s (taken %s): %d tables, %d rows, %d files, schema version %s.%n",
                            file,
                            manifest.createdAt(),
                            manifest.tables().size(),
                            manifest.rows(),
                            manifest.files(),
                            manifest.schemaVersion());
            return 0;
        } catch (BackupFailed e) {
            spec.commandLine().getErr().println(e.getMessage());
            return e.exitCode();
        }
    }
}
