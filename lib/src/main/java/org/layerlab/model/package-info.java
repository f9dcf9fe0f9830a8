/**
 * Models, weights, loaders and forward passes.
 *
 * <p>Hooks first: {@link org.layerlab.model.TransformerModel} exposes every
 * {@link org.layerlab.model.Linear} by {@link org.layerlab.model.LinearSite} and every
 * {@link org.layerlab.model.Norm} by {@link org.layerlab.model.NormSite}; consumers of one input
 * form a group computed by a {@link org.layerlab.model.SharedInput}.
 */
package org.layerlab.model;
