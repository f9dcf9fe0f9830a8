package org.layerlab.tensor;

import java.util.Arrays;

/**
 * A dense row-major float32 matrix: the storage type of every tensor in LayerLab.
 *
 * <p>Treat it as a value: operations return new matrices and never write into their inputs.
 * {@link #data()} exposes the backing array for kernels, which must only read it.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final float[] data;

    private Matrix(int rows, int cols, float[] data) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("Matrix: shape must be non-negative, found " + rows + "x" + cols);
        }
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException(
                    "Matrix: shape " + rows + "x" + cols + " needs " + (long) rows * cols + " values, found " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Wraps {@code data} without copying; the caller hands over ownership and must not write to it again. */
    public static Matrix wrap(int rows, int cols, float[] data) {
        return new Matrix(rows, cols, data);
    }

    /** Copies {@code data} into a new matrix. */
    public static Matrix of(int rows, int cols, float... data) {
        return new Matrix(rows, cols, data.clone());
    }

    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new float[Math.multiplyExact(rows, cols)]);
    }

    /** A matrix from a double[][] (rows of equal length), rounded to float32. */
    public static Matrix fromRows(double[][] values) {
        int r = values.length;
        int c = r == 0 ? 0 : values[0].length;
        float[] d = new float[r * c];
        for (int i = 0; i < r; i++) {
            if (values[i].length != c) {
                throw new IllegalArgumentException("Matrix.fromRows: row " + i + " has " + values[i].length + " values, expected " + c);
            }
            for (int j = 0; j < c; j++) {
                d[i * c + j] = (float) values[i][j];
            }
        }
        return new Matrix(r, c, d);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public long size() {
        return (long) rows * cols;
    }

    /** The backing row-major array, shared, not copied. Read only. */
    public float[] data() {
        return data;
    }

    public float get(int row, int col) {
        return data[index(row, col)];
    }

    /** A copy of one row. */
    public float[] row(int row) {
        int from = index(row, 0);
        return Arrays.copyOfRange(data, from, from + cols);
    }

    /** Rows {@code [from, to)} as a new matrix. */
    public Matrix rowRange(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IllegalArgumentException("Matrix.rowRange: [" + from + ", " + to + ") is outside 0.." + rows);
        }
        return new Matrix(to - from, cols, Arrays.copyOfRange(data, from * cols, to * cols));
    }

    public Matrix transpose() {
        float[] t = new float[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = data[i * cols + j];
            }
        }
        return new Matrix(cols, rows, t);
    }

    /** This matrix in float64, as rows. */
    public double[][] toDoubleRows() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = data[i * cols + j];
            }
        }
        return out;
    }

    /** Frobenius norm, accumulated in double. */
    public double frobeniusNorm() {
        double s = 0;
        for (float v : data) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }

    /** Largest |value|, or 0 for an empty matrix. */
    public float maxAbs() {
        float m = 0;
        for (float v : data) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private int index(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("Matrix: (" + row + ", " + col + ") is outside " + rows + "x" + cols);
        }
        return row * cols + col;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + "x" + cols + " fro=" + String.format("%.4g", frobeniusNorm()) + "]";
    }
}
