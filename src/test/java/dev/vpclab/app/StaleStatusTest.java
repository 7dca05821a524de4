package dev.vpclab.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Point;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaleStatusTest {
    @Test
    void anotherLabStartsWithAFreshStatusBar() {
        EditorViewModel vm =
                new EditorViewModel(
                        Lab.empty("t", "us-east-1"),
                        Background.immediate(),
                        new AppText(Locale.ENGLISH));
        vm.drop(ComponentKind.VPC, new Point(400, 300));
        vm.setStatus("Saved old.yaml");
        vm.reset(Lab.empty("other", "us-east-1"));
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.lab().components()).isEmpty();
    }
}
