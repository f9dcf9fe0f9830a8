package org.layerlab.tensor;

import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The hot loops: dot products, matrix products, RMSNorm and softmax on row-major float arrays.
 *
 * <p>Each kernel has a plain scalar version that reads like the formula and serves as the
 * reference; {@link #dot} also has a Vector API version, chosen once by {@link #VECTORIZED}.
 * Products are parallelized over output rows, never inside a dot product, so results do not
 * depend on the number of threads.
 */
public final class Kernels {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    /** Whether {@link #dot} uses the Vector API; off with {@code -Dlayerlab.scalar=true}. */
    public static final boolean VECTORIZED = !Boolean.getBoolean("layerlab.scalar") && SPECIES.length() >= 4;

    /** Below this many multiply-adds a product runs on the calling thread. */
    private static final long PARALLEL_THRESHOLD = 1L << 16;

    private Kernels() {}

    /** Sum of a[aOff+i] * b[bOff+i] for i in [0, n), accumulated in float. */
    public static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        return VECTORIZED ? dotVector(a, aOff, b, bOff, n) : dotScalar(a, aOff, b, bOff, n);
    }

    public static float dotScalar(float[] a, int aOff, float[] b, int bOff, int n) {
        float s = 0f;
        for (int i = 0; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    static float dotVector(float[] a, int aOff, float[] b, int bOff, int n) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int i = 0;
        int bound = SPECIES.loopBound(n);
        for (; i < bound; i += SPECIES.length()) {
            FloatVector va = FloatVector.fromArray(SPECIES, a, aOff + i);
            FloatVector vb = FloatVector.fromArray(SPECIES, b, bOff + i);
            acc = va.fma(vb, acc);
        }
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    /**
     * x W^T: x is tokens x in, w is out x in (the PyTorch Linear layout); returns tokens x out.
     */
    public static Matrix matMulTransposed(Matrix x, Matrix w) {
        if (x.cols() != w.cols()) {
            throw new IllegalArgumentException("matMulTransposed: x is " + x.rows() + "x" + x.cols() + ", w is "
                    + w.rows() + "x" + w.cols() + "; x.cols must equal w.cols");
        }
        int m = x.rows();
        int n = w.rows();
        int k = x.cols();
        float[] a = x.data();
        float[] b = w.data();
        float[] out = new float[m * n];
        // Parallel over output columns (weight rows) as well as tokens, so decode (m = 1) still splits.
        forRows(n, (long) m * n * k, j -> {
            for (int i = 0; i < m; i++) {
                out[i * n + j] = dot(a, i * k, b, j * k, k);
            }
        });
        return Matrix.wrap(m, n, out);
    }

    /** a b: a is m x k, b is k x n; returns m x n. */
    public static Matrix matMul(Matrix a, Matrix b) {
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("matMul: a is " + a.rows() + "x" + a.cols() + ", b is "
                    + b.rows() + "x" + b.cols() + "; a.cols must equal b.rows");
        }
        return matMulTransposed(a, b.transpose());
    }

    /**
     * RMSNorm of each row: x / sqrt(mean(x^2) + eps) * gamma, with the mean accumulated in float
     * as Llama's reference does in fp32.
     */
    public static Matrix rmsNorm(Matrix x, float[] gamma, float eps) {
        if (gamma.length != x.cols()) {
            throw new IllegalArgumentException("rmsNorm: x has " + x.cols() + " columns, gamma has " + gamma.length);
        }
        int n = x.cols();
        float[] in = x.data();
        float[] out = new float[in.length];
        for (int r = 0; r < x.rows(); r++) {
            int off = r * n;
            float ss = dot(in, off, in, off, n);
            float inv = (float) (1.0 / Math.sqrt(ss / n + eps));
            for (int i = 0; i < n; i++) {
                out[off + i] = in[off + i] * inv * gamma[i];
            }
        }
        return Matrix.wrap(x.rows(), n, out);
    }

    /** Softmax of v[off, off+n) in place; subtracts the max first so exp never overflows. */
    public static void softmaxInPlace(float[] v, int off, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, v[off + i]);
        }
        float sum = 0f;
        for (int i = 0; i < n; i++) {
            float e = (float) Math.exp(v[off + i] - max);
            v[off + i] = e;
            sum += e;
        }
        float inv = 1f / sum;
        for (int i = 0; i < n; i++) {
            v[off + i] *= inv;
        }
    }

    /** Runs body(i) for i in [0, count), in parallel when the work is large enough to pay. */
    public static void forRows(int count, long work, java.util.function.IntConsumer body) {
        if (work < PARALLEL_THRESHOLD || count < 2) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
        } else {
            IntStream.range(0, count).parallel().forEach(body);
        }
    }
}
