package org.layerlab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entry point of {@code ./layerlab}: dispatches to one subcommand. */
public final class Main {
    /** Subcommands in the order {@code --help} lists them. Each command parses its own options. */
    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        return m;
    }

    private Main() {}

    public static void main(String[] argv) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(Arrays.asList(argv), System.out, System.err));
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h")) {
            out.println("usage: ./layerlab COMMAND [options]   (./layerlab COMMAND --help for its options)");
            out.println();
            commands.forEach((name, c) -> out.printf("  %-10s %s%n", name, c.summary()));
            return argv.isEmpty() ? 2 : 0;
        }
        Command c = commands.get(argv.get(0));
        if (c == null) {
            err.println("layerlab: unknown command '" + argv.get(0) + "'; try ./layerlab --help");
            return 2;
        }
        List<String> rest = argv.subList(1, argv.size());
        if (rest.contains("--help")) {
            out.println(c.usage());
            return 0;
        }
        try {
            return c.run(rest, out);
        } catch (UsageException e) {
            err.println("layerlab " + argv.get(0) + ": " + e.getMessage());
            err.println(c.usage());
            return 2;
        } catch (Exception e) {
            err.println("layerlab " + argv.get(0) + ": " + e.getMessage());
            return 1;
        }
    }
}
