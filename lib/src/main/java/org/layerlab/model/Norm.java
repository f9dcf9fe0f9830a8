package org.layerlab.model;

import org.layerlab.tensor.Matrix;

/** A normalization layer (RMSNorm, LayerNorm, or an emulated low-precision variant). */
public interface Norm {
    int features();

    /** x is tokens x features; returns a new tokens x features matrix. */
    Matrix forward(Matrix x);
}
