package dev.vpclab.app.walk;

import dev.vpclab.walk.Event;
import dev.vpclab.walk.Frame;
import dev.vpclab.walk.PacketWalk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the packet player: the walk loaded, the time in it (seconds at speed 1), whether it
 * plays, at what speed, and the frame the canvas shows. The view drives it with {@link
 * #tick(double)} from an animation timer; tests call the same methods by hand.
 */
public final class PlayerViewModel implements WalkKeys.Controls {
    /** The speeds offered: half, normal and double. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0);

    private Optional<PacketWalk> walk = Optional.empty();
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final ReadOnlyObjectWrapper<Optional<Frame>> frame =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<Event> events = FXCollections.observableArrayList();

    /** Loads a walk (or none) at its start, paused. */
    public void load(Optional<PacketWalk> newWalk) {
        walk = Objects.requireNonNull(newWalk, "walk");
        events.setAll(newWalk.map(PacketWalk::events).orElse(List.of()));
        playing.set(false);
        seek(0);
    }

    /** Loads a walk keeping the time (clamped), as after an edit to the lab it shows. */
    public void reload(Optional<PacketWalk> newWalk) {
        double at = time.get();
        boolean wasPlaying = playing.get();
        load(newWalk);
        seek(at);
        playing.set(wasPlaying && walk.isPresent() && at < walk.get().duration());
    }

    public Optional<PacketWalk> walk() {
        return walk;
    }

    @Override
    public boolean active() {
        return walk.isPresent();
    }

    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public double time() {
        return time.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    /** Playback speed, one of {@link #SPEEDS} (any positive value works). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyObjectProperty<Optional<Frame>> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public Optional<Frame> frame() {
        return frame.get();
    }

    /** The event list of the walk, one row per hop. */
    public ObservableList<Event> events() {
        return events;
    }

    /** The row of the event list the packet is at, or -1 with no walk. */
    public int hopIndex() {
        return frame.get().map(Frame::hopIndex).orElse(-1);
    }

    /** Advances by {@code wallSeconds} of real time when playing; stops at the end. */
    public void tick(double wallSeconds) {
        if (!playing.get() || walk.isEmpty()) {
            return;
        }
        if (!(wallSeconds >= 0)) {
            throw new IllegalArgumentException("time runs forward: " + wallSeconds);
        }
        double next = time.get() + wallSeconds * speed.get();
        double end = walk.get().duration();
        if (next >= end) {
            playing.set(false);
        }
        seek(next);
    }

    /** Play or pause (Space); playing at the end starts over. */
    @Override
    public void togglePlay() {
        if (walk.isEmpty()) {
            return;
        }
        if (playing.get()) {
            playing.set(false);
            return;
        }
        if (time.get() >= walk.get().duration()) {
            seek(0);
        }
        playing.set(true);
    }

    /** Pauses at the next hop (Right). */
    @Override
    public void stepForward() {
        walk.ifPresent(
                w -> {
                    playing.set(false);
                    seek(w.nextHopTime(time.get()));
                });
    }

    /** Pauses at the previous hop (Left). */
    @Override
    public void stepBack() {
        walk.ifPresent(
                w -> {
                    playing.set(false);
                    seek(w.previousHopTime(time.get()));
                });
    }

    /** Back to the start, paused (Home). */
    @Override
    public void restart() {
        playing.set(false);
        seek(0);
    }

    /** Pauses at hop {@code index} (a click in the event list). */
    public void jumpTo(int index) {
        walk.ifPresent(
                w -> {
                    playing.set(false);
                    seek(w.timeOfHop(index));
                });
    }

    private void seek(double t) {
        if (walk.isEmpty()) {
            time.set(0);
            frame.set(Optional.empty());
            return;
        }
        double clamped = Math.max(0, Math.min(t, walk.get().duration()));
        time.set(clamped);
        frame.set(Optional.of(walk.get().frameAt(clamped)));
    }
}
