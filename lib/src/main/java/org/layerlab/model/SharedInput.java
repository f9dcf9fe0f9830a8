package org.layerlab.model;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.tensor.Matrix;

/**
 * How a group of linear layers that read the same input (q/k/v; gate/up) is computed.
 *
 * <p>The default runs each consumer on x. Activation decomposition (D-com) replaces it with one
 * that factors x once and reuses the factors for every consumer.
 */
public interface SharedInput {
    /** x is tokens x in; returns one output per consumer, in order. */
    List<Matrix> forward(Matrix x, List<Linear> consumers);

    /** Each consumer reads x directly. */
    SharedInput INDEPENDENT = (x, consumers) -> {
        List<Matrix> out = new ArrayList<>(consumers.size());
        for (Linear l : consumers) {
            out.add(l.forward(x));
        }
        return out;
    };
}
