package io.plantrail.document;

/** A stretch of text in a comparison, as a track-changes view marks it. */
record Tracked(Mark mark, String text) {

    enum Mark { KEPT, DELETED, INSERTED }
}
