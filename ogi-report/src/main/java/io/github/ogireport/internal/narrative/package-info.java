/**
 * Reading the narrative of a report: sentences with their positions, the figures written in them
 * ("受理政府信息公开申请17件") and the statements of absence ("未收到政府信息公开申请"), for the rules that hold
 * the narrative against the tables (domain-spec §8.5). Not API.
 *
 * <p>Every pattern here is linear: character classes with bounded repetition, no nested quantifiers.
 * A number the extractor cannot read is unknown, never 0 (domain-spec §10.11).
 */
package io.github.ogireport.internal.narrative;
