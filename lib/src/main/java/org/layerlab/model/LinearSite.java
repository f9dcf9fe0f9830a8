package org.layerlab.model;

/** Where a linear layer sits: its block index and its role, e.g. {@code layers.3.gate}. */
public record LinearSite(int layer, Projection projection) implements Comparable<LinearSite> {
    public LinearSite {
        if (layer < 0) {
            throw new IllegalArgumentException("LinearSite: layer must be >= 0, found " + layer);
        }
        if (projection == null) {
            throw new IllegalArgumentException("LinearSite: projection is null");
        }
    }

    public static LinearSite of(int layer, String projection) {
        return new LinearSite(layer, Projection.parse(projection));
    }

    @Override
    public int compareTo(LinearSite o) {
        return layer != o.layer ? Integer.compare(layer, o.layer) : projection.compareTo(o.projection);
    }

    @Override
    public String toString() {
        return "layers." + layer + "." + projection.shortName();
    }
}
