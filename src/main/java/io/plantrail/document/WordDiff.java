package io.plantrail.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two texts compared word by word (longest common subsequence), for track-changes marks. */
final class WordDiff {

    /** Past this many word pairs the texts are shown as one deletion and one insertion: the table would be too large. */
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
        int[][] common = commonLengths(old, now);
        List<Tracked> marks = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
                marks.add(new Tracked(Tracked.Mark.KEPT, old.get(i++)));
                j++;
            } else if (i < old.size() && (j == now.size() || common[i + 1][j] >= common[i][j + 1])) {
                marks.add(new Tracked(Tracked.Mark.DELETED, old.get(i++)));
            } else {
                marks.add(new Tracked(Tracked.Mark.INSERTED, now.get(j++)));
            }
        }
        return merged(marks);
    }

    /** common[i][j]: the length of the longest common run of words of old from i and now from j. */
    private static int[][] commonLengths(List<String> old, List<String> now) {
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
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
