package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.walk.MultiPlayerViewModel.Lane;
import dev.vpclab.app.walk.MultiPlayerViewModel.LaneFrame;
import dev.vpclab.edit.Diagram;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import dev.vpclab.walk.PacketWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MultiPlayerViewModelTest {
    private final MultiPlayerViewModel multi = new MultiPlayerViewModel();

    private static List<Lane> lanes(Lab lab) {
        List<Lane> out = new ArrayList<>();
        for (int i = 0; i < lab.flows().size(); i++) {
            PacketWalk w = PacketWalk.on(Diagram.of(lab), Tracer.trace(lab, lab.flows().get(i)));
            out.add(new Lane(i, w, FlowPalette.of(i)));
        }
        return out;
    }

    @Test
    void theFlowsAdvanceTogetherOnOneClockEachInItsOwnStableColour() {
        List<Lane> lanes = lanes(DefaultLab.lab());
        assertThat(lanes).hasSizeGreaterThanOrEqualTo(2);
        multi.load(lanes);
        assertThat(multi.isPlaying()).isFalse();
        multi.togglePlay();
        List<String> seen = new ArrayList<>();
        for (int tick = 0; tick < 40; tick++) {
            multi.tick(0.25);
            List<LaneFrame> frames = multi.frames();
            assertThat(frames).hasSameSizeAs(lanes);
            for (int i = 0; i < frames.size(); i++) {
                LaneFrame f = frames.get(i);
                assertThat(f.flow()).isEqualTo(i);
                assertThat(f.colour()).isEqualTo(FlowPalette.of(i));
                // Every walk is at the same moment: the frame each would show on its own.
                double t = Math.min(multi.time(), lanes.get(i).walk().duration());
                assertThat(f.frame()).isEqualTo(lanes.get(i).walk().frameAt(t));
            }
            seen.add(frames.get(0).frame().highlightedComponent());
        }
        assertThat(seen.stream().distinct().count()).as("the packets moved").isGreaterThan(2);
        assertThat(multi.frames()).extracting(LaneFrame::colour).doesNotHaveDuplicates();
    }

    @Test
    void stepsStopAtTheNextHopOfAnyFlowAndTheEndStopsPlaying() {
        List<Lane> lanes = lanes(DefaultLab.lab());
        multi.load(lanes);
        multi.stepForward();
        double first = multi.time();
        double expected =
                lanes.stream().mapToDouble(l -> l.walk().nextHopTime(0)).min().orElseThrow();
        assertThat(first).isEqualTo(expected);
        multi.stepForward();
        assertThat(multi.time()).isGreaterThan(first);
        multi.stepBack();
        assertThat(multi.time()).isEqualTo(first);
        multi.togglePlay();
        multi.tick(1_000);
        assertThat(multi.isPlaying()).isFalse();
        assertThat(multi.time()).isEqualTo(multi.duration());
        multi.restart();
        assertThat(multi.time()).isZero();
    }

    @Test
    void playAllPreparesEveryFlowAndSelectingOneFlowHandsBackToTheSinglePlayer() {
        EditorViewModel editor =
                new EditorViewModel(
                        DefaultLab.lab(), Background.immediate(), new AppText(Locale.ENGLISH));
        FlowsViewModel flows = new FlowsViewModel(editor, Background.immediate());
        flows.select(0);
        flows.playAll();
        assertThat(flows.selectedProperty().get()).isEqualTo(-1);
        assertThat(flows.lanesProperty().get())
                .extracting(Lane::colour)
                .containsExactly(FlowPalette.of(0), FlowPalette.of(1));
        // An edit re-walks all flows, still in their colours.
        editor.apply(DefaultLab.deleteS3Route(editor.lab()));
        assertThat(flows.lanesProperty().get()).hasSize(2);
        assertThat(flows.lanesProperty().get().get(0).walk().trace().reachable()).isFalse();
        flows.select(1);
        assertThat(flows.isPlayingAll()).isFalse();
        assertThat(flows.lanesProperty().get()).isEmpty();
    }
}
