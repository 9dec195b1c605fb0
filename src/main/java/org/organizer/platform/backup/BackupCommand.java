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
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Writes the database and the uploaded files into one zip file, while the site keeps running.")
class BackupCommand implements CliCommand {

    private final DataSource dataSource;
    private final PlatformProperties properties;

    @Option(
            names = {"-f", "--file"},
            required = true,
            description = "the zip file to write, e.g. organizer-backup.zip")
    Path file;

    @Spec
    CommandSpec spec;

    BackupCommand(DataSource dataSource, PlatformProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public Integer call() {
        try {
            BackupManifest manifest = new DatabaseBackup(dataSource, properties.filesDir()).writeTo(file);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Backup written to %s: %d tables, %d rows, %d files, schema version %s.%n",
                            file,
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
