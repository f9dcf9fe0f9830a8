package org.layerlab.model;

/**
 * The normalization layers of a transformer, by position.
 *
 * <p>Llama (pre-norm): ATTENTION_INPUT (input_layernorm), MLP_INPUT (post_attention_layernorm),
 * FINAL. BERT (post-norm): EMBEDDING, ATTENTION_OUTPUT, FFN_OUTPUT.
 */
public enum NormKind {
    ATTENTION_INPUT, MLP_INPUT, FINAL, EMBEDDING, ATTENTION_OUTPUT, FFN_OUTPUT
}
