/**
 * Text helpers at the bottom of the pipeline, used by every stage and depending on nothing of the project:
 * {@link io.github.ogireport.internal.text.Fold} (NFKC folding). Not API.
 */
package io.github.ogireport.internal.text;
