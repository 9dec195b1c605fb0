package org.organizer.platform.backup;

/** The target is not empty, so a restore would mix two sites; nothing has been changed. Exit code 1. */
final class RestoreRefused extends BackupFailed {

    RestoreRefused(String reason) {
        super("Restore refused: " + reason, 1);
    }
}
