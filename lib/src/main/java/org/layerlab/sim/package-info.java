/** Hardware specs loaded from hw-configs YAML, operators, cost models and the roofline. */
package org.layerlab.sim;
