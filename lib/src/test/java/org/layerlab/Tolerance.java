package org.layerlab;

/** Relative tolerances named for the precision a result was computed in. */
public final class Tolerance {
    /** float32 arithmetic over sums of a few thousand terms. */
    public static final double FP32 = 1e-5;
    /** float64 arithmetic. */
    public static final double FP64 = 1e-10;
    /** bfloat16 storage (8 significant bits). */
    public static final double BF16 = 1e-2;
    /** float16 storage (11 significant bits). */
    public static final double FP16 = 2e-3;

    private Tolerance() {}
}
