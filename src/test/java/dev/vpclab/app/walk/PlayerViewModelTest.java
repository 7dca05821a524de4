package dev.vpclab.app.walk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.Diagram;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import dev.vpclab.walk.Frame;
import dev.vpclab.walk.PacketWalk;
import dev.vpclab.walk.Phase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlayerViewModelTest {
    private final PlayerViewModel player = new PlayerViewModel();

    private static PacketWalk walk(Lab lab, int flow) {
        return PacketWalk.on(Diagram.of(lab), Tracer.trace(lab, lab.flows().get(flow)));
    }

    private Frame frame() {
        return player.frame().orElseThrow();
    }

    @Test
    void withNoFlowThereIsNothingToShowAndTheKeysDoNothing() {
        player.togglePlay();
        player.stepForward();
        player.tick(1);
        assertThat(player.frame()).isEmpty();
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.hopIndex()).isEqualTo(-1);
    }

    @Test
    void aLoadedFlowStartsPausedAtTheDnsQueryOfTheSource() {
        player.load(Optional.of(walk(DefaultLab.lab(), 0)));
        assertThat(player.isPlaying()).isFalse();
        assertThat(frame().phase()).isEqualTo(Phase.DNS_QUERY);
        assertThat(frame().highlightedComponent()).isEqualTo("i-app");
        assertThat(frame().card()).isPresent();
        assertThat(player.events()).hasSize(player.walk().orElseThrow().hopCount());
    }

    @Test
    void steppingForwardVisitsEveryHopInOrderAndBackReturns() {
        PacketWalk w = walk(DefaultLab.lab(), 0);
        player.load(Optional.of(w));
        for (int i = 1; i < w.hopCount(); i++) {
            player.stepForward();
            assertThat(player.hopIndex()).isEqualTo(i);
            assertThat(frame().highlightedComponent()).isEqualTo(w.events().get(i).component());
            assertThat(frame().card()).as("a card at hop %d", i).isPresent();
        }
        player.stepForward();
        assertThat(frame().phase()).isEqualTo(Phase.DONE);
        assertThat(player.time()).isEqualTo(w.duration());
        player.stepBack();
        assertThat(player.hopIndex()).isEqualTo(w.hopCount() - 2);
        player.restart();
        assertThat(player.time()).isZero();
        assertThat(player.hopIndex()).isZero();
    }

    @Test
    void playingAdvancesTimeBySpeedAndStopsAtTheEnd() {
        PacketWalk w = walk(DefaultLab.lab(), 0);
        player.load(Optional.of(w));
        player.togglePlay();
        assertThat(player.isPlaying()).isTrue();
        player.tick(0.5);
        assertThat(player.time()).isEqualTo(0.5);
        player.speedProperty().set(2);
        player.tick(0.5);
        assertThat(player.time()).isEqualTo(1.5);
        player.tick(w.duration());
        assertThat(player.isPlaying()).isFalse();
        assertThat(frame().phase()).isEqualTo(Phase.DONE);
        player.togglePlay(); // at the end, play starts over
        assertThat(player.isPlaying()).isTrue();
        assertThat(player.time()).isZero();
        player.togglePlay();
        player.tick(1);
        assertThat(player.time()).as("paused: time stands still").isZero();
    }

    @Test
    void jumpingToAHopPausesThere() {
        PacketWalk w = walk(DefaultLab.lab(), 1);
        player.load(Optional.of(w));
        player.togglePlay();
        player.jumpTo(3);
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.hopIndex()).isEqualTo(3);
        assertThat(player.time()).isEqualTo(w.timeOfHop(3));
    }

    @Test
    void aBlockedFlowEndsDroppedAtTheComponentThatBlocks() {
        Lab lab = DefaultLab.lab();
        Lab broken = DefaultLab.deleteS3Route(lab).apply(lab);
        PacketWalk w = walk(broken, 0);
        player.load(Optional.of(w));
        player.togglePlay();
        player.tick(w.duration() + 1);
        assertThat(frame().dropped()).isTrue();
        assertThat(frame().phase()).isEqualTo(Phase.BLOCKED);
        assertThat(frame().card().orElseThrow().blocked()).isPresent();
        assertThat(player.events().get(player.events().size() - 1).blocked()).isTrue();
    }

    @Test
    void reloadingAfterAnEditKeepsThePlace() {
        PacketWalk w = walk(DefaultLab.lab(), 0);
        player.load(Optional.of(w));
        player.jumpTo(2);
        player.reload(Optional.of(walk(DefaultLab.lab(), 0)));
        assertThat(player.hopIndex()).isEqualTo(2);
    }
}
