/**
 * Shapes, row-major float storage and the hot loops.
 *
 * <p>Main types, in data-flow order: {@link org.layerlab.tensor.Matrix} (the storage value),
 * {@link org.layerlab.tensor.Kernels} (dot, matMul, rmsNorm, softmax; scalar reference plus a
 * Vector API version). This is the only package with hot loops and the only one that imports
 * {@code jdk.incubator.vector}.
 */
package org.layerlab.tensor;
