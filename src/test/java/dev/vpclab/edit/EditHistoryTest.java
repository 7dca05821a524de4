package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private final Lab start = Lab.empty("start", "us-east-1");

    private static LabEdit retitle(String title) {
        return LabEdit.of(Message.of("edit.title"), l -> l.withTitle(title, ""));
    }

    @Test
    void undoAndRedoWalkTheSnapshotsWithLabels() {
        EditHistory h = new EditHistory(start);
        h.apply(retitle("one"));
        h.apply(LabEdit.of(Message.of("edit.move.subnet"), l -> l.withTitle("two", "")));

        assertThat(h.undoLabel()).map(Message::english).contains("Move Subnet");
        assertThat(h.undo()).isTrue();
        assertThat(h.current().title()).isEqualTo("one");
        assertThat(h.redoLabel()).map(Message::english).contains("Move Subnet");
        assertThat(h.undo()).isTrue();
        assertThat(h.current()).isEqualTo(start);
        assertThat(h.undo()).isFalse();
        assertThat(h.redo()).isTrue();
        assertThat(h.redo()).isTrue();
        assertThat(h.current().title()).isEqualTo("two");
        assertThat(h.canRedo()).isFalse();
    }

    @Test
    void aNoOpEditRecordsNothing() {
        EditHistory h = new EditHistory(start);
        assertThat(h.apply(LabEdit.of(Message.of("edit.title"), l -> l))).isFalse();
        assertThat(h.canUndo()).isFalse();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        EditHistory h = new EditHistory(start);
        h.apply(retitle("one"));
        h.undo();
        h.apply(retitle("other"));
        assertThat(h.canRedo()).isFalse();
        assertThat(h.undoDepth()).isEqualTo(1);
    }

    @Test
    void dirtyFollowsTheSavedMarkThroughUndoAndRedo() {
        EditHistory h = new EditHistory(start);
        h.apply(retitle("one"));
        assertThat(h.isDirty()).isTrue();
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        h.undo();
        assertThat(h.isDirty()).isTrue();
        h.redo();
        assertThat(h.isDirty()).isFalse();
        h.undo();
        h.apply(retitle("branch")); // the saved state is no longer reachable
        assertThat(h.isDirty()).isTrue();
        h.undo();
        assertThat(h.isDirty()).isTrue();
    }

    @Test
    void aPreviewedGestureIsCommittedAsOneStep() {
        EditHistory h = new EditHistory(start);
        Lab moved = start.withTitle("dragged", "");
        assertThat(h.commit(Message.of("edit.move.vpc"), moved)).isTrue();
        assertThat(h.undoDepth()).isEqualTo(1);
        h.undo();
        assertThat(h.current()).isEqualTo(start);
    }
}
