package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.edit.Selection;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Connect tool's first end follows the lab: a deleted component is no longer armed. */
class ConnectToolTest {
    private final EditorViewModel vm =
            new EditorViewModel(
                    Lab.empty("Test lab", "us-east-1"),
                    Background.immediate(),
                    new AppText(Locale.ENGLISH));

    @Test
    void aDeletedFirstEndIsDisarmedAndAnyOtherEditKeepsIt() {
        assertThat(vm.drop(ComponentKind.VPC, new Point(400, 300))).isTrue();
        assertThat(vm.drop(ComponentKind.VPC, new Point(1200, 300))).isTrue();
        ConnectTool tool = new ConnectTool(vm);
        tool.onProperty().set(true);
        tool.arm("vpc-1");

        vm.select(Selection.of("vpc-2"));
        vm.deleteSelection();
        assertThat(tool.armed()).as("an edit elsewhere keeps the end").contains("vpc-1");

        vm.select(Selection.of("vpc-1"));
        vm.deleteSelection();
        assertThat(tool.armed()).as("the armed end was deleted").isEmpty();
    }
}
