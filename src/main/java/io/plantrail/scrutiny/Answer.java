package io.plantrail.scrutiny;

/** The executive's answer: the verdict, its words, and for one done, the draft it was done in. */
public record Answer(Verdict verdict, String text, Integer inDraft) {
}
