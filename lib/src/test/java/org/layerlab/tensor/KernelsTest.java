package org.layerlab.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.layerlab.Tolerance;

class KernelsTest {
    @Test
    void vectorDotMatchesScalarForLengthsNotAMultipleOfTheVectorWidth() {
        Random rnd = new Random(1);
        for (int n : new int[] {0, 1, 3, 7, 8, 9, 17, 255, 1031}) {
            float[] a = new float[n + 2];
            float[] b = new float[n + 5];
            for (int i = 0; i < a.length; i++) a[i] = (float) rnd.nextGaussian();
            for (int i = 0; i < b.length; i++) b[i] = (float) rnd.nextGaussian();
            double ref = 0;
            for (int i = 0; i < n; i++) ref += (double) a[2 + i] * b[5 + i];
            float v = Kernels.dotVector(a, 2, b, 5, n);
            float s = Kernels.dotScalar(a, 2, b, 5, n);
            assertEquals(ref, v, 1e-4 * Math.max(1, Math.sqrt(n)), "vector n=" + n);
            assertEquals(ref, s, 1e-4 * Math.max(1, Math.sqrt(n)), "scalar n=" + n);
        }
    }

    @Test
    void matMulMatchesFloat64Reference() {
        Random rnd = new Random(2);
        int m = 13, k = 70, n = 9;
        double[][] a = new double[m][k];
        double[][] b = new double[k][n];
        for (double[] r : a) for (int j = 0; j < k; j++) r[j] = rnd.nextGaussian();
        for (double[] r : b) for (int j = 0; j < n; j++) r[j] = rnd.nextGaussian();
        Matrix c = Kernels.matMul(Matrix.fromRows(a), Matrix.fromRows(b));
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double ref = 0;
                for (int t = 0; t < k; t++) ref += (float) a[i][t] * (double) (float) b[t][j];
                assertEquals(ref, c.get(i, j), Tolerance.FP32 * k);
            }
        }
    }

    @Test
    void matMulRejectsMismatchedShapesNamingBoth() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Kernels.matMul(Matrix.zeros(2, 3), Matrix.zeros(4, 5)));
        assertEquals("matMul: a is 2x3, b is 4x5; a.cols must equal b.rows", e.getMessage());
    }

    @Test
    void softmaxSumsToOneAndSurvivesLargeInputs() {
        float[] v = {1000f, 999f, -1000f, 0f};
        Kernels.softmaxInPlace(v, 0, 4);
        double sum = 0;
        for (float x : v) sum += x;
        assertEquals(1.0, sum, 1e-6);
        assertEquals(1 / (1 + Math.exp(-1)), v[0], 1e-6);
    }

    @Test
    void rmsNormMatchesFormula() {
        Matrix x = Matrix.of(1, 4, 1f, -2f, 3f, 4f);
        float[] g = {1f, 2f, 0.5f, 1f};
        Matrix y = Kernels.rmsNorm(x, g, 1e-6f);
        double rms = Math.sqrt((1 + 4 + 9 + 16) / 4.0 + 1e-6);
        assertEquals(-2 * 2 / rms, y.get(0, 1), 1e-6);
        assertEquals(3 * 0.5 / rms, y.get(0, 2), 1e-6);
    }
}
