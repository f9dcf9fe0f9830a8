package org.layerlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments: {@code --name value} options, {@code --flag} switches, repeated
 * {@code -p key=value} parameters and positional words. Options are checked against the names a
 * command declares, so a typo is an error rather than a silently ignored setting.
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {}

    /**
     * @param valued option names that take a value (without the leading dashes)
     * @param flags  option names that take none
     */
    public static Args parse(List<String> words, Set<String> valued, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("-p")) {
                if (i + 1 >= words.size() || !words.get(i + 1).contains("=")) {
                    throw new UsageException("-p needs key=value");
                }
                String kv = words.get(++i);
                int eq = kv.indexOf('=');
                a.parameters.put(kv.substring(0, eq), kv.substring(eq + 1));
            } else if (w.startsWith("--")) {
                String name = w.substring(2);
                String inline = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    inline = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && inline == null) {
                    a.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (inline == null && i + 1 >= words.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    a.options.put(name, inline != null ? inline : words.get(++i));
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                a.positional.add(w);
            }
        }
        return a;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public String require(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("missing --" + name);
        }
        return v;
    }

    public int getInt(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + ": expected an integer, found '" + v + "'");
        }
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    public List<String> positional() {
        return positional;
    }
}
