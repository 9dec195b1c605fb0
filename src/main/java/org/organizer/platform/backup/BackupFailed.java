package org.organizer.platform.backup;

/** A backup or restore that stopped, with a message for the administrator and the process exit code. */
class BackupFailed extends RuntimeException {

    private final int exitCode;

    BackupFailed(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    BackupFailed(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = 1;
    }

    int exitCode() {
        return exitCode;
    }
}
