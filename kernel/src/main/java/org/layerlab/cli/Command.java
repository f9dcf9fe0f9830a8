package org.layerlab.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the {@code ./layerlab} launcher. */
public interface Command {
    /** One line for {@code ./layerlab --help}. */
    String summary();

    /** Usage text printed by {@code ./layerlab NAME --help} and on a usage error. */
    String usage();

    /**
     * Runs the command on its arguments (parse them with {@link Args#parse}); returns the exit
     * code. Throws UsageException for bad arguments.
     */
    int run(List<String> args, PrintStream out) throws Exception;
}
