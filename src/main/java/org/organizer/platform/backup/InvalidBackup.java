package org.organizer.platform.backup;

/** The file is not a backup this Organizer can restore; nothing has been changed. Exit code 2. */
final class InvalidBackup extends BackupFailed {

    InvalidBackup(String reason) {
        super("Not a valid Organizer backup: " + reason, 2);
    }
}
