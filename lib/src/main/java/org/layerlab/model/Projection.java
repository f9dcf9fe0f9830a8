package org.layerlab.model;

/**
 * The linear layers of a transformer block, by role.
 *
 * <p>Llama blocks use Q, K, V, O, GATE, UP, DOWN; BERT blocks use Q, K, V, O, FFN_IN, FFN_OUT.
 */
public enum Projection {
    Q("q"), K("k"), V("v"), O("o"), GATE("gate"), UP("up"), DOWN("down"), FFN_IN("ffn_in"), FFN_OUT("ffn_out");

    private final String shortName;

    Projection(String shortName) {
        this.shortName = shortName;
    }

    /** The name used in site labels and table columns, e.g. "gate". */
    public String shortName() {
        return shortName;
    }

    /** Parses a short name ("q", "gate", "ffn_in") or an enum name ("GATE"). */
    public static Projection parse(String name) {
        for (Projection p : values()) {
            if (p.shortName.equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown projection '" + name + "'; expected one of q, k, v, o, gate, up, down, ffn_in, ffn_out");
    }
}
