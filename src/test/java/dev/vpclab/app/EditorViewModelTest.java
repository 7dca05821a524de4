package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.LabChecker;
import dev.vpclab.edit.Diagram;
import dev.vpclab.edit.LayoutEdits;
import dev.vpclab.edit.Point;
import dev.vpclab.edit.Rect;
import dev.vpclab.edit.Selection;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Subnet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {
    private final EditorViewModel vm =
            new EditorViewModel(
                    Lab.empty("Test lab", "us-east-1"),
                    Background.immediate(),
                    new AppText(Locale.ENGLISH));

    private void buildVpcWithSubnet() {
        assertThat(vm.drop(ComponentKind.VPC, new Point(400, 300))).isTrue();
        Rect vpc = vm.diagram().box("vpc-1").orElseThrow();
        assertThat(vm.drop(ComponentKind.SUBNET, new Point(vpc.x() + 150, vpc.y() + 100))).isTrue();
    }

    @Test
    void droppingFromThePaletteAddsSelectsAndLabelsUndo() {
        buildVpcWithSubnet();
        assertThat(vm.selection()).isEqualTo(Selection.of("subnet-1"));
        assertThat(vm.lab().component("subnet-1", Subnet.class).orElseThrow().vpc())
                .isEqualTo("vpc-1");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Add Subnet");
        assertThat(vm.isDirty()).isTrue();
        vm.undo();
        assertThat(vm.lab().component("subnet-1")).isEmpty();
        assertThat(vm.selection().isEmpty()).isTrue();
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo Add Subnet");
        assertThat(vm.statusProperty().get()).isEqualTo("Undone: Add Subnet");
    }

    @Test
    void aRefusedDropChangesNothingAndSaysWhy() {
        assertThat(vm.drop(ComponentKind.INSTANCE, new Point(100, 100))).isFalse();
        assertThat(vm.lab().components()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.statusProperty().get())
                .isEqualTo("The instance goes inside a subnet: drop it on a subnet.");
    }

    @Test
    void aDragPreviewsAndCommitsOneStepOnRelease() {
        buildVpcWithSubnet();
        Lab before = vm.lab();
        vm.select(Selection.of("vpc-1"));
        for (int i = 1; i <= 5; i++) {
            vm.preview(LayoutEdits.preview(before, vm.selection().ids(), i * 10, 0));
        }
        assertThat(vm.diagram().box("vpc-1").orElseThrow().x())
                .isEqualTo(Diagram.of(before).box("vpc-1").orElseThrow().x() + 50);
        vm.commitPreview(LayoutEdits.move(before, vm.selection().ids(), 50, 0));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Move VPC");
        vm.undo();
        assertThat(vm.lab()).isEqualTo(before);
    }

    @Test
    void aRefusedMovePutsTheLabBack() {
        buildVpcWithSubnet();
        Lab before = vm.lab();
        vm.preview(LayoutEdits.preview(before, Set.of("subnet-1"), 3000, 0));
        assertThat(vm.commitPreview(LayoutEdits.move(before, Set.of("subnet-1"), 3000, 0)))
                .isFalse();
        assertThat(vm.lab()).isEqualTo(before);
        assertThat(vm.statusProperty().get()).contains("stays inside vpc-1");
    }

    @Test
    void deletingSaysWhatDependsOnTheSelection() {
        buildVpcWithSubnet();
        vm.select(Selection.of("vpc-1"));
        assertThat(vm.deletionDependents()).contains("subnet-1", "rtb-1", "acl-1", "sg-1");
        vm.deleteSelection();
        assertThat(vm.lab().components()).isEmpty();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo Delete VPC");
    }

    @Test
    void duplicateAndNudgeAreSingleSteps() {
        buildVpcWithSubnet();
        vm.select(Selection.of("vpc-1"));
        vm.duplicate();
        assertThat(vm.lab().component("vpc-2")).isPresent();
        assertThat(vm.selection().contains("vpc-2")).isTrue();
        Rect at = vm.diagram().box("vpc-2").orElseThrow();
        vm.select(Selection.of("vpc-2"));
        vm.nudge(8, 0);
        assertThat(vm.diagram().box("vpc-2").orElseThrow().x()).isEqualTo(at.x() + 8);
        vm.undo();
        vm.undo();
        assertThat(vm.lab().component("vpc-2")).isEmpty();
    }

    @Test
    void problemsOfTheLabAreListedAndMarked() {
        buildVpcWithSubnet();
        // LabChecker may or may not flag anything here; the list follows its verdict.
        assertThat(vm.problems())
                .isEqualTo(
                        LabChecker.check(vm.lab()).stream()
                                .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                                .toList());
    }

    @Test
    void switchingLanguageRendersLabelsInKorean() {
        buildVpcWithSubnet();
        vm.setText(new AppText(Locale.KOREAN));
        assertThat(vm.undoTextProperty().get()).isEqualTo("실행 취소: 서브넷 추가");
    }
}
