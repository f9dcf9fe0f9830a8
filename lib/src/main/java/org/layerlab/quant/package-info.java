/** Number formats, quantizers and packed encodings (int4/8, fp8, OliVe OVP), GOBO, LLM.int8, SmoothQuant, SLaNC. */
package org.layerlab.quant;
