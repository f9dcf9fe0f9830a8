package org.layerlab;

import java.util.concurrent.CancellationException;

/**
 * Progress and cooperative cancellation for long library loops (sweeps, perplexity, training-free
 * experiments). Library code never prints: it calls {@link #step}, and whoever runs it (the
 * notebook kernel, the CLI) installs a listener that draws a progress bar.
 *
 * <p>Interrupting the running thread (the kernel does this on a Jupyter interrupt) makes the next
 * {@link #step} throw {@link CancellationException}.
 */
public interface Progress {
    /** Called with work done so far, the total (or -1 if unknown) and a short label. */
    void update(long done, long total, String label);

    /** Ignores updates. */
    Progress NONE = (done, total, label) -> {};

    /** The listener for the current thread; {@link #NONE} unless one was installed. */
    static Progress current() {
        return ProgressHolder.CURRENT.get();
    }

    /** Installs a listener for the current thread (null restores {@link #NONE}). */
    static void install(Progress listener) {
        ProgressHolder.CURRENT.set(listener == null ? NONE : listener);
    }

    /**
     * Reports progress to the current thread's listener and honours interrupts. Call it once per
     * outer iteration of a long loop, not inside a hot inner loop.
     *
     * @throws CancellationException if the thread was interrupted
     */
    static void step(long done, long total, String label) {
        if (Thread.interrupted()) {
            throw new CancellationException(label + ": interrupted after " + done + (total > 0 ? " of " + total : ""));
        }
        current().update(done, total, label);
    }
}
