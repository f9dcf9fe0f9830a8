package org.layerlab.model;

import java.util.List;

/**
 * The dimensions of a Llama-family model, without weights: what the simulator needs to build a
 * layer's operator graph, and what a loaded checkpoint's config reduces to.
 *
 * <p>Presets carry the published configs (Hugging Face config.json of each release):
 * Llama-2 (Touvron et al., 2023) and Llama-3 (Meta, 2024).
 */
public record ModelShape(
        String name,
        int hiddenSize,
        int intermediateSize,
        int numLayers,
        int numHeads,
        int numKvHeads,
        int vocabSize) {

    public static final ModelShape LLAMA2_7B = new ModelShape("llama2-7b", 4096, 11008, 32, 32, 32, 32000);
    public static final ModelShape LLAMA2_13B = new ModelShape("llama2-13b", 5120, 13824, 40, 40, 40, 32000);
    public static final ModelShape LLAMA2_70B = new ModelShape("llama2-70b", 8192, 28672, 80, 64, 8, 32000);
    public static final ModelShape LLAMA3_8B = new ModelShape("llama3-8b", 4096, 14336, 32, 32, 8, 128256);
    public static final ModelShape LLAMA3_70B = new ModelShape("llama3-70b", 8192, 28672, 80, 64, 8, 128256);

    public ModelShape {
        if (hiddenSize <= 0 || intermediateSize <= 0 || numLayers <= 0 || numHeads <= 0 || numKvHeads <= 0 || vocabSize <= 0) {
            throw new IllegalArgumentException("ModelShape " + name + ": every dimension must be positive");
        }
        if (hiddenSize % numHeads != 0) {
            throw new IllegalArgumentException("ModelShape " + name + ": hiddenSize " + hiddenSize
                    + " is not a multiple of numHeads " + numHeads);
        }
        if (numHeads % numKvHeads != 0) {
            throw new IllegalArgumentException("ModelShape " + name + ": numHeads " + numHeads
                    + " is not a multiple of numKvHeads " + numKvHeads);
        }
    }

    public static List<ModelShape> presets() {
        return List.of(LLAMA2_7B, LLAMA2_13B, LLAMA2_70B, LLAMA3_8B, LLAMA3_70B);
    }

    /** A preset by name ("llama2-7b", case-insensitive). */
    public static ModelShape preset(String name) {
        for (ModelShape s : presets()) {
            if (s.name.equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown model preset '" + name + "'; expected one of "
                + presets().stream().map(ModelShape::name).toList());
    }

    public int headDim() {
        return hiddenSize / numHeads;
    }

    public int kvDim() {
        return numKvHeads * headDim();
    }

    /** Weights of one decoder layer (q, k, v, o, gate, up, down and two norms). */
    public long parametersPerLayer() {
        long attn = 2L * hiddenSize * hiddenSize + 2L * hiddenSize * kvDim();
        long mlp = 3L * hiddenSize * intermediateSize;
        return attn + mlp + 2L * hiddenSize;
    }
}
