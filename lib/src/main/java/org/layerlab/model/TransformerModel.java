package org.layerlab.model;

import java.util.List;
import java.util.function.BiFunction;

/**
 * What every model (Llama, BERT) exposes to experiments: its named linear and norm operators,
 * replaceable without touching model code. Models are immutable; each {@code with...} returns a
 * new model sharing the untouched weights.
 */
public interface TransformerModel {
    int numLayers();

    int hiddenSize();

    int numHeads();

    /** Key/value heads; equals numHeads() without grouped-query attention. */
    int numKvHeads();

    default int headDim() {
        return hiddenSize() / numHeads();
    }

    /** Every linear site, in execution order. */
    List<LinearSite> linearSites();

    Linear linear(LinearSite site);

    /** Every norm site, in execution order. */
    List<NormSite> normSites();

    Norm norm(NormSite site);

    /**
     * Groups of sites that read the same input (e.g. [q, k, v] and [gate, up] of each layer), in
     * execution order. Single-consumer sites appear as groups of one.
     */
    List<List<LinearSite>> sharedInputGroups();

    /** A copy whose linear at each site is rewrite(site, current); return current to keep it. */
    TransformerModel withLinears(BiFunction<LinearSite, Linear, Linear> rewrite);

    /** A copy whose norm at each site is rewrite(site, current). */
    TransformerModel withNorms(BiFunction<NormSite, Norm, Norm> rewrite);

    /**
     * A copy in which the group whose first site is {@code groupHead} is computed by {@code strategy}.
     */
    TransformerModel withSharedInput(LinearSite groupHead, SharedInput strategy);
}
