package dev.vpclab.app.walk;

import dev.vpclab.walk.Frame;
import dev.vpclab.walk.PacketWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Several flows played together on one clock ("play all"): every walk is at the same time, each
 * packet in its flow's colour; a walk that has ended stays at its last frame until the longest one
 * ends. Driven like the single player by {@link #tick(double)}.
 */
public final class MultiPlayerViewModel implements WalkKeys.Controls {
    /** One flow in the ensemble: its place in the lab's list, its walk and its colour. */
    public record Lane(int flow, PacketWalk walk, String colour) {
        public Lane {
            Objects.requireNonNull(walk, "walk");
            Objects.requireNonNull(colour, "colour");
        }
    }

    /** What one flow shows at the current time. */
    public record LaneFrame(int flow, String colour, Frame frame) {}

    private List<Lane> lanes = List.of();
    private double time;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<List<LaneFrame>> frames =
            new ReadOnlyObjectWrapper<>(List.of());

    /** Loads the flows to play together (none stops "play all"), at the start, paused. */
    public void load(List<Lane> newLanes) {
        lanes = List.copyOf(newLanes);
        playing.set(false);
        seek(0);
    }

    /** Loads new walks of the same flows (after an edit) keeping the time. */
    public void reload(List<Lane> newLanes) {
        double at = time;
        boolean was = playing.get();
        load(newLanes);
        seek(at);
        playing.set(was && at < duration());
    }

    public List<Lane> lanes() {
        return lanes;
    }

    @Override
    public boolean active() {
        return !lanes.isEmpty();
    }

    public double time() {
        return time;
    }

    /** Seconds until the longest walk ends (at speed 1). */
    public double duration() {
        return lanes.stream().mapToDouble(l -> l.walk().duration()).max().orElse(0);
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /** One frame per flow, in the order of the lanes. */
    public ReadOnlyObjectProperty<List<LaneFrame>> framesProperty() {
        return frames.getReadOnlyProperty();
    }

    public List<LaneFrame> frames() {
        return frames.get();
    }

    /** Advances by {@code wallSeconds} of real time when playing; stops at the end. */
    public void tick(double wallSeconds) {
        if (!(wallSeconds >= 0)) {
            throw new IllegalArgumentException("time runs forward: " + wallSeconds);
        }
        if (!playing.get() || lanes.isEmpty()) {
            return;
        }
        double next = time + wallSeconds * speed.get();
        if (next >= duration()) {
            playing.set(false);
        }
        seek(next);
    }

    @Override
    public void togglePlay() {
        if (lanes.isEmpty()) {
            return;
        }
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (time >= duration()) {
            seek(0);
        }
        playing.set(true);
    }

    /** Pauses at the next hop any of the flows reaches. */
    @Override
    public void stepForward() {
        playing.set(false);
        double next = duration();
        for (Lane l : lanes) {
            double t = l.walk().nextHopTime(time);
            if (t > time + 1e-9) {
                next = Math.min(next, t);
            }
        }
        seek(next);
    }

    /** Pauses at the latest hop before now of any flow. */
    @Override
    public void stepBack() {
        playing.set(false);
        double previous = 0;
        for (Lane l : lanes) {
            if (time > l.walk().duration() + 1e-9) {
                continue; // an ended walk stays at its end; its hops are not "back" from here
            }
            double t = l.walk().previousHopTime(time);
            if (t < time - 1e-9) {
                previous = Math.max(previous, t);
            }
        }
        seek(previous);
    }

    @Override
    public void restart() {
        playing.set(false);
        seek(0);
    }

    private void seek(double t) {
        time = Math.max(0, Math.min(t, duration()));
        List<LaneFrame> out = new ArrayList<>(lanes.size());
        for (Lane l : lanes) {
            out.add(new LaneFrame(l.flow(), l.colour(), l.walk().frameAt(time)));
        }
        frames.set(List.copyOf(out));
    }
}
