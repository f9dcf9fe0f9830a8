/** Low-rank decomposition: truncated, randomized and Lanczos SVD, Tucker, activation decomposition (D-com). */
package org.layerlab.decomp;
