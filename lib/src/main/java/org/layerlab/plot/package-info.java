/** XChart figures built from eval tables and sim results. Nothing imports this package. */
package org.layerlab.plot;
