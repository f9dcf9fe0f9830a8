package org.layerlab.cli;

/** Bad command-line arguments; the launcher prints the message and the command's usage, exit 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
