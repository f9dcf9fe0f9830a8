package org.layerlab.model;

import java.util.Arrays;
import org.layerlab.tensor.Matrix;

/**
 * LayerNorm (Ba et al., 2016), as in BERT: (x - mean) / sqrt(var + eps) * gamma + beta, with the
 * mean and variance accumulated in double so this serves as the float32 reference.
 */
public record LayerNorm(float[] gamma, float[] beta, float eps) implements Norm {
    public LayerNorm {
        if (gamma == null || beta == null || gamma.length != beta.length || gamma.length == 0) {
            throw new IllegalArgumentException("LayerNorm: gamma and beta must be non-empty and of equal length");
        }
    }

    @Override
    public int features() {
        return gamma.length;
    }

    @Override
    public Matrix forward(Matrix x) {
        int n = gamma.length;
        if (x.cols() != n) {
            throw new IllegalArgumentException("LayerNorm: x has " + x.cols() + " columns, expected " + n);
        }
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int r = 0; r < x.rows(); r++) {
            int off = r * n;
            double mean = 0;
            for (int i = 0; i < n; i++) mean += in[off + i];
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double d = in[off + i] - mean;
                var += d * d;
            }
            var /= n;
            double inv = 1.0 / Math.sqrt(var + eps);
            for (int i = 0; i < n; i++) {
                out[off + i] = (float) ((in[off + i] - mean) * inv * gamma[i] + beta[i]);
            }
        }
        return Matrix.wrap(x.rows(), n, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerNorm l && Arrays.equals(l.gamma, gamma) && Arrays.equals(l.beta, beta) && l.eps == eps;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(gamma) + Arrays.hashCode(beta)) + Float.hashCode(eps);
    }

    @Override
    public String toString() {
        return "LayerNorm[" + gamma.length + " eps=" + eps + "]";
    }
}
