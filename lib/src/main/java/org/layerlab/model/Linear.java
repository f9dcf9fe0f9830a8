package org.layerlab.model;

import org.layerlab.tensor.Matrix;

/**
 * A linear layer as the model sees it: y = x W^T (+ b). Implementations are the dense layer and
 * every decomposed or quantized replacement; an experiment swaps one for another through
 * {@link TransformerModel#withLinears}.
 */
public interface Linear {
    int inFeatures();

    int outFeatures();

    /** x is tokens x inFeatures; returns tokens x outFeatures. Never modifies x. */
    Matrix forward(Matrix x);

    /** Stored parameters (after compression, in elements of the stored format). */
    long parameterCount();

    /** Bytes the weights occupy as stored. */
    long weightBytes();
}
