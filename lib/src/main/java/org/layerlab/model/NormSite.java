package org.layerlab.model;

/** Where a norm sits: its block index (-1 for model-level norms such as FINAL) and its kind. */
public record NormSite(int layer, NormKind kind) implements Comparable<NormSite> {
    public NormSite {
        if (layer < -1) {
            throw new IllegalArgumentException("NormSite: layer must be >= -1, found " + layer);
        }
        if (kind == null) {
            throw new IllegalArgumentException("NormSite: kind is null");
        }
    }

    @Override
    public int compareTo(NormSite o) {
        return layer != o.layer ? Integer.compare(layer, o.layer) : kind.compareTo(o.kind);
    }

    @Override
    public String toString() {
        return (layer < 0 ? "" : "layers." + layer + ".") + kind.name().toLowerCase();
    }
}
