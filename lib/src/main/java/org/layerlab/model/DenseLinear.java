package org.layerlab.model;

import java.util.Arrays;
import org.layerlab.tensor.Kernels;
import org.layerlab.tensor.Matrix;

/**
 * The uncompressed float32 linear layer: y = x W^T + b, with W stored out x in as PyTorch does.
 *
 * @param weight out x in
 * @param bias   length out, or null for none (Llama has none; BERT does)
 */
public record DenseLinear(Matrix weight, float[] bias) implements Linear {
    public DenseLinear {
        if (weight == null) {
            throw new IllegalArgumentException("DenseLinear: weight is null");
        }
        if (bias != null && bias.length != weight.rows()) {
            throw new IllegalArgumentException(
                    "DenseLinear: bias has " + bias.length + " values, weight has " + weight.rows() + " output rows");
        }
    }

    public DenseLinear(Matrix weight) {
        this(weight, null);
    }

    @Override
    public int inFeatures() {
        return weight.cols();
    }

    @Override
    public int outFeatures() {
        return weight.rows();
    }

    @Override
    public Matrix forward(Matrix x) {
        Matrix y = Kernels.matMulTransposed(x, weight);
        if (bias == null) {
            return y;
        }
        float[] d = y.data();
        int n = bias.length;
        for (int i = 0; i < d.length; i++) {
            d[i] += bias[i % n];
        }
        return y;
    }

    @Override
    public long parameterCount() {
        return weight.size() + (bias == null ? 0 : bias.length);
    }

    @Override
    public long weightBytes() {
        return 4 * parameterCount();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseLinear d && d.weight.equals(weight) && Arrays.equals(d.bias, bias);
    }

    @Override
    public int hashCode() {
        return 31 * weight.hashCode() + Arrays.hashCode(bias);
    }

    @Override
    public String toString() {
        return "DenseLinear[" + weight.rows() + "x" + weight.cols() + (bias == null ? "" : " +bias") + "]";
    }
}
