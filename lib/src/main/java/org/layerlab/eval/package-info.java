/** Error metrics, perplexity, experiments and sweeps; results as Tablesaw tables. */
package org.layerlab.eval;
