package org.inclusio.codesign;

/** An idea put forward in a workshop: a problem and the measure proposed for it. Never says who proposed it. */
public record IdeaRef(long id, String problem, String measure) {
}
