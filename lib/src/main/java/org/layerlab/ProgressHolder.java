package org.layerlab;

/** Holds the per-thread {@link Progress} listener (interfaces cannot hold mutable state). */
final class ProgressHolder {
    static final InheritableThreadLocal<Progress> CURRENT = new InheritableThreadLocal<>() {
        @Override
        protected Progress initialValue() {
            return Progress.NONE;
        }
    };

    private ProgressHolder() {}
}
