package io.plantrail.document;

import static io.plantrail.document.Tracked.Mark.DELETED;
import static io.plantrail.document.Tracked.Mark.INSERTED;
import static io.plantrail.document.Tracked.Mark.KEPT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aWordPutInIsMarkedAndTheRestKept() {
        assertThat(WordDiff.between("UL", "UL / BC")).containsExactly(new Tracked(KEPT, "UL"), new Tracked(INSERTED, " / BC"));
    }

    @Test
    void aReplacedFigureIsDeletedThenInserted() {
        assertThat(WordDiff.between("meet its target of 25.2% this year", "meet its target of 24% this year")).containsExactly(
                new Tracked(KEPT, "meet its target of "), new Tracked(DELETED, "25.2%"), new Tracked(INSERTED, "24%"),
                new Tracked(KEPT, " this year"));
    }

    @Test
    void fromNothingAndToNothing() {
        assertThat(WordDiff.between(null, "Travel plans agreed")).containsExactly(new Tracked(INSERTED, "Travel plans agreed"));
        assertThat(WordDiff.between("Travel plans agreed", "")).containsExactly(new Tracked(DELETED, "Travel plans agreed"));
        assertThat(WordDiff.between("same", "same")).containsExactly(new Tracked(KEPT, "same"));
    }

    @Test
    void eitherSideCanBeReadBackFromTheMarks() {
        String before = "The percentage of recyclables collected rose from 11.9% in June 2003 to 14.5% in February 2004";
        String after = "The share of recyclables collected rose from 11.9% in June 2003 to 15% in March 2004, ahead of plan";
        List<Tracked> marks = WordDiff.between(before, after);
        assertThat(marks.stream().filter(m -> m.mark() != INSERTED).map(Tracked::text).collect(Collectors.joining())).isEqualTo(before);
        assertThat(marks.stream().filter(m -> m.mark() != DELETED).map(Tracked::text).collect(Collectors.joining())).isEqualTo(after);
    }

    @Test
    void textsTooLongToCompareWordByWordAreShownWhole() {
        String before = "word ".repeat(3000);
        String after = "other ".repeat(3000);
        assertThat(WordDiff.between(before, after)).containsExactly(new Tracked(DELETED, before), new Tracked(INSERTED, after));
    }
}
