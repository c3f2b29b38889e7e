package io.replyguard.pii;

import io.replyguard.model.PiiType;

/**
 * A finding before overlap resolution and allowlisting.
 *
 * @param type the type
 * @param start inclusive start
 * @param end exclusive end
 * @param score score in [0, 1]
 * @param recognizer recognizer id
 * @param cue the supporting cue label, or null
 */
record Candidate(PiiType type, int start, int end, double score, String recognizer, String cue) {}
