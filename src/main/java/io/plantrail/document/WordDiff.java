package io.plantrail.document;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two texts compared word by word (java-diff-utils, Myers' algorithm), for track-changes marks. */
final class WordDiff {

    /** Past this many word pairs the texts are shown as one deletion and one insertion: two rewritten pages, compared word by word, tell a reader nothing. */
    private static final long MOST_PAIRS = 4_000_000;
    private static final Pattern WORD = Pattern.compile("\\S+|\\s+");

    private WordDiff() {
    }

    static List<Tracked> between(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        if ((long) old.size() * now.size() > MOST_PAIRS) {
            return merged(List.of(new Tracked(Tracked.Mark.DELETED, before), new Tracked(Tracked.Mark.INSERTED, after)));
        }
        List<Tracked> marks = new ArrayList<>();
        int kept = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            old.subList(kept, delta.getSource().getPosition()).forEach(word -> marks.add(new Tracked(Tracked.Mark.KEPT, word)));
            delta.getSource().getLines().forEach(word -> marks.add(new Tracked(Tracked.Mark.DELETED, word)));
            delta.getTarget().getLines().forEach(word -> marks.add(new Tracked(Tracked.Mark.INSERTED, word)));
            kept = delta.getSource().getPosition() + delta.getSource().size();
        }
        old.subList(kept, old.size()).forEach(word -> marks.add(new Tracked(Tracked.Mark.KEPT, word)));
        return merged(marks);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Neighbouring stretches with the same mark become one, and empty ones go. */
    private static List<Tracked> merged(List<Tracked> marks) {
        List<Tracked> merged = new ArrayList<>();
        for (Tracked mark : marks) {
            if (mark.text() == null || mark.text().isEmpty()) {
                continue;
            }
            Tracked last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.mark() == mark.mark()) {
                merged.set(merged.size() - 1, new Tracked(mark.mark(), last.text() + mark.text()));
            } else {
                merged.add(mark);
            }
        }
        return merged;
    }
}
