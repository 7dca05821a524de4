package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.cost.FlowCost;
import dev.vpclab.model.Flow;
import dev.vpclab.net.Protocol;
import dev.vpclab.walk.FlowBadges.Badge;
import dev.vpclab.walk.FlowBadges.FlowBadge;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FlowsViewModelTest {
    private final EditorViewModel editor =
            new EditorViewModel(
                    DefaultLab.lab(), Background.immediate(), new AppText(Locale.ENGLISH));
    private final FlowsViewModel flows = new FlowsViewModel(editor, Background.immediate());

    private Badge badge(int i) {
        return flows.badges().get(i).badge();
    }

    @Test
    void theDefaultLabsFlowsAreReachable() {
        assertThat(flows.badges()).hasSize(2);
        assertThat(flows.badges()).extracting(FlowBadge::badge).containsOnly(Badge.REACHABLE);
        assertThat(flows.walked()).isEmpty();
    }

    @Test
    void deletingTheEndpointRouteChangesTheBadgeAndTheFixIsUndoable() {
        flows.select(0);
        assertThat(flows.walked().orElseThrow().fix()).isEmpty();
        editor.apply(DefaultLab.deleteS3Route(editor.lab()));
        assertThat(badge(0)).isEqualTo(Badge.CHANGED);
        assertThat(flows.badges().get(0).reachable()).isFalse();
        assertThat(flows.walked().orElseThrow().trace().reachable()).isFalse();

        assertThat(flows.applyFix()).isTrue();
        assertThat(flows.badges().get(0).reachable()).isTrue();
        assertThat(editor.undoTextProperty().get()).startsWith("Undo ");
        editor.undo();
        assertThat(flows.badges().get(0).reachable()).isFalse();
        assertThat(flows.selectedProperty().get()).isZero();
    }

    @Test
    void addingAndRemovingAFlowAreUndoableEdits() {
        flows.addFlow(Flow.of("i-app", "i-target", Protocol.TCP, 22).withName("ssh"));
        assertThat(editor.lab().flows()).hasSize(3);
        assertThat(flows.badges()).hasSize(3);
        assertThat(flows.selectedProperty().get()).isEqualTo(2);
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Add Flow ssh");
        flows.removeFlow(0);
        assertThat(editor.lab().flows()).extracting(f -> f.name().orElse("")).endsWith("ssh");
        editor.undo();
        editor.undo();
        assertThat(editor.lab().flows()).hasSize(2);
    }

    @Test
    void theCostFollowsTheVolumeAndTheEditedPrices() {
        flows.select(1); // PrivateLink: an interface endpoint charges per GB
        FlowCost at100 = flows.cost().orElseThrow();
        flows.gbPerMonthProperty().set(BigDecimal.valueOf(1000));
        FlowCost at1000 = flows.cost().orElseThrow();
        assertThat(at1000.total()).isGreaterThan(at100.total());
        flows.pricesProperty()
                .set(flows.pricesProperty().get().with("interfaceEndpointData", BigDecimal.ONE));
        assertThat(flows.cost().orElseThrow().total()).isGreaterThan(at1000.total());
        assertThat(flows.pricesProperty().get().asOf()).isEqualTo("edited");
    }

    @Test
    void comparingTwoFlowsShowsWhereTheirPathsDiffer() {
        var cmp = flows.compare(0, 1).orElseThrow();
        assertThat(cmp.onlyInFirst()).contains("vpce-s3");
        assertThat(cmp.onlyInSecond()).contains("vpce-app");
        assertThat(flows.compare(0, 5)).isEmpty();
    }

    @Test
    void theSelectedFlowHasItsFlowLogRecords() {
        flows.select(1);
        assertThat(flows.walked().orElseThrow().flowLogs()).isNotEmpty();
    }

    @Test
    void aFlowWithoutANameReadsWithAnArrow() {
        assertThat(FlowsViewModel.describe(Flow.of("i-app", "i-target", Protocol.TCP, 22)))
                .isEqualTo("i-app → i-target tcp/22");
    }
}
