package org.sendsearch.index;

/**
 * A backup or restore that could not be done, with a message for the user that names the backup
 * folder and what to do. When it is thrown, the indices searches use are as they were before.
 */
public final class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
