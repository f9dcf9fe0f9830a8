package org.layerlab.model;

import java.util.Arrays;
import org.layerlab.tensor.Kernels;
import org.layerlab.tensor.Matrix;

/**
 * RMSNorm (Zhang and Sennrich, 2019), as in Llama: x / sqrt(mean(x^2) + eps) * gamma, in float32.
 *
 * @param gamma per-feature scale, length = features
 * @param eps   added to the mean square before the square root
 */
public record RmsNorm(float[] gamma, float eps) implements Norm {
    public RmsNorm {
        if (gamma == null || gamma.length == 0) {
            throw new IllegalArgumentException("RmsNorm: gamma must have at least one value");
        }
    }

    @Override
    public int features() {
        return gamma.length;
    }

    @Override
    public Matrix forward(Matrix x) {
        return Kernels.rmsNorm(x, gamma, eps);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RmsNorm r && Arrays.equals(r.gamma, gamma) && r.eps == eps;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(gamma) + Float.hashCode(eps);
    }

    @Override
    public String toString() {
        return "RmsNorm[" + gamma.length + " eps=" + eps + "]";
    }
}
