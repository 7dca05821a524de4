package dev.vpclab.app.classroom;

import dev.vpclab.app.AppText;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.Workbench;
import dev.vpclab.app.walk.PlayerViewModel;
import dev.vpclab.app.walk.WalkDock;
import dev.vpclab.classroom.Quiz;
import dev.vpclab.classroom.Script;
import dev.vpclab.classroom.ScriptRun;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.edit.Rect;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.paint.Viewport;
import dev.vpclab.walk.Frame;
import dev.vpclab.walk.PacketWalk;
import dev.vpclab.walk.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The classroom tools of presentation mode, over the diagram: the quiz (Q turns it on; the packet
 * stops before each decision and the question waits for 1 to 4), the teacher's script (N plays the
 * next step) and the laser pointer (hold L). Esc still leaves presentation mode.
 */
public final class Classroom {
    private static final Object KEY = Classroom.class;

    private final Workbench window;
    private final EditorViewModel editor;
    private final WalkDock dock;
    private final PlayerViewModel player;
    private final BooleanProperty quizOn = new SimpleBooleanProperty(false);
    private final StackPane layer = new StackPane();
    private final LaserPointer laser = new LaserPointer();
    private final QuizPanel quizPanel = new QuizPanel();
    private final Label caption = new Label();
    private final Label score = new Label();
    private final VBox panel = new VBox(8);
    private final EventHandler<KeyEvent> keyPressed = this::keyPressed;
    private final EventHandler<KeyEvent> keyReleased = this::keyReleased;
    private final EventHandler<MouseEvent> mouse = this::mouseMoved;
    private Optional<PacketWalk> quizWalk = Optional.empty();
    private Optional<Quiz> quiz = Optional.empty();
    private Optional<Quiz.Question> asking = Optional.empty();
    private boolean revealed;
    private int right;
    private int asked;
    private boolean busy;
    private Optional<ScriptRun> run = Optional.empty();
    private Optional<Optional<PacketWalk>> playWhenLoaded = Optional.empty();
    private Scene scene;

    private Classroom(Workbench window, WalkDock dock) {
        this.window = window;
        this.editor = window.viewModel();
        this.dock = dock;
        this.player = dock.player();
        layer.setId("classroom-layer");
        layer.setPickOnBounds(false);
        laser.widthProperty().bind(layer.widthProperty());
        laser.heightProperty().bind(layer.heightProperty());
        caption.setId("script-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(700);
        caption.setStyle(
                "-fx-background-color: rgba(20,20,20,0.8); -fx-text-fill: white;"
                        + " -fx-padding: 8 14; -fx-background-radius: 6;");
        caption.setVisible(false);
        caption.setManaged(false);
        score.setId("quiz-score");
        score.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-padding: 2 6;");
        // No quiz button on screen: the projector shows only the diagram, the packet, the card
        // and the strip; Q turns the quiz on, and the score says it is on.
        HBox bar = new HBox(8, score);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPickOnBounds(false);
        panel.getChildren().addAll(caption, quizPanel, bar);
        panel.setPickOnBounds(false);
        panel.setPadding(new Insets(16));
        panel.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        panel.setVisible(false);
        // Placed by hand (QuizPlacement), clear of the packet, the asked components and the card.
        panel.setManaged(false);
        layer.getChildren().addAll(laser, panel);
        // Added after the packet layer, so above it: the highlight never paints over the question.
        window.canvas().addOverlay(layer, this::placePanel);
        window.canvas().getProperties().put(KEY, this);
        quizOn.addListener((o, was, is) -> quizToggled(is));
        player.frameProperty()
                .addListener(
                        (o, was, now) -> {
                            frameChanged(now);
                            placePanel();
                        });
        dock.presentation().activeProperty().addListener((o, was, is) -> presenting(is));
        relabel();
    }

    /** Adds the classroom tools to a window's packet walk (once, from the walk dock). */
    public static Classroom attach(Workbench window, WalkDock dock) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(dock, "dock");
        return new Classroom(window, dock);
    }

    /** The classroom tools of a window, if attached. */
    public static Optional<Classroom> of(Workbench window) {
        Object c = window.canvas().getProperties().get(KEY);
        return c instanceof Classroom classroom ? Optional.of(classroom) : Optional.empty();
    }

    /** Whether presentation mode is on. */
    public javafx.beans.property.ReadOnlyBooleanProperty presentingProperty() {
        return dock.presentation().activeProperty();
    }

    /** Quiz mode: the packet stops before each decision and asks (Q). */
    public BooleanProperty quizOnProperty() {
        return quizOn;
    }

    /** The question shown, if any (answered or not). */
    public Optional<Quiz.Question> question() {
        return asking;
    }

    /** Answers the question shown with choice {@code index} (0-based); false when none waits. */
    public boolean answer(int index) {
        if (asking.isEmpty() || revealed || quiz.isEmpty()) {
            return false;
        }
        Quiz.Question q = asking.get();
        if (index < 0 || index >= q.choices().size()) {
            return false;
        }
        revealed = true;
        asked++;
        if (quiz.get().answer(q, index)) {
            right++;
        }
        quizPanel.reveal(q, index, text());
        updateScore();
        placePanel();
        busy = true;
        try {
            player.jumpTo(q.hop()); // the card of the hop shows what was decided
        } finally {
            busy = false;
        }
        player.frame()
                .filter(f -> f.hopIndex() >= player.events().size() - 1)
                .ifPresent(f -> showSummary(f, true));
        return true;
    }

    /** Right answers so far, and answers given, in this presentation. */
    public int score() {
        return right;
    }

    public int answered() {
        return asked;
    }

    /** The text of the last answer ("Right!" or the right answer). */
    public String resultText() {
        return quizPanel.resultText();
    }

    /** The caption shown by the script, or empty. */
    public String caption() {
        return caption.isVisible() ? caption.getText() : "";
    }

    /** Plays the next step of the lab's script (N); false when the lab has none. */
    public boolean nextStep() {
        Optional<Script> script = script();
        if (script.isEmpty()) {
            return false;
        }
        if (run.isEmpty() || !run.get().script().equals(script.get())) {
            run = Optional.of(new ScriptRun(script.get()));
        }
        ScriptRun r = run.get();
        if (r.finished()) {
            say(text().get("classroom.script.end"));
            r.restart();
            return true;
        }
        r.playNext(new Stage());
        return true;
    }

    /**
     * Enters presentation mode and plays step {@code index} of the lab's script, as N would after
     * the steps before it (the script editor's "Try it"); N goes on from there. The edits of the
     * steps before are not made: the lab is as the teacher left it.
     */
    public boolean playFrom(int index) {
        if (!dock.presentation().isActive()) {
            dock.presentation().enter();
        }
        Optional<Script> script = script();
        if (script.isEmpty() || index < 0 || index >= script.get().steps().size()) {
            return false;
        }
        ScriptRun r = new ScriptRun(script.get());
        r.moveTo(index);
        run = Optional.of(r);
        r.playNext(new Stage());
        return true;
    }

    /**
     * The lab's script; empty (with the reason as the caption) when it has none or is unreadable.
     */
    private Optional<Script> script() {
        Optional<Script> script;
        try {
            script = Script.of(editor.lab());
        } catch (Script.Unreadable e) {
            say(text().get("classroom.script.invalid", text().render(e.reason())));
            return Optional.empty();
        }
        if (script.isEmpty()) {
            say(text().get("classroom.script.none"));
        }
        return script;
    }

    /** Whether the laser pointer shows. */
    public boolean laserOn() {
        return laser.isOn();
    }

    /** How many points of the laser's trail are visible. */
    public int laserTrail() {
        return laser.trailLength();
    }

    /** The script's steps act on the window: flows, the undo history, the caption. */
    private final class Stage implements ScriptRun.Stage {
        @Override
        public Lab lab() {
            return editor.lab();
        }

        @Override
        public void show(int index) {
            Optional<PacketWalk> before = player.walk();
            boolean same = dock.flows().selectedProperty().get() == index;
            dock.flows().select(index);
            if (same || player.walk() != before) {
                play();
            } else {
                // The walk is traced in the background: play it when it arrives.
                playWhenLoaded = Optional.of(before);
            }
        }

        @Override
        public void apply(LabEdit edit) {
            editor.apply(edit);
        }

        @Override
        public void say(Script.Say text) {
            Classroom.this.say(text.in(text().locale()));
        }

        @Override
        public void refused(Message why) {
            Classroom.this.say(text().render(why));
            editor.setStatus(why);
        }
    }

    private void play() {
        player.restart();
        player.togglePlay();
    }

    private void say(String words) {
        caption.setText(words);
        caption.setVisible(true);
        caption.setManaged(true);
        // The panel is sized to its content: a new caption needs its room, or it is cut ("...").
        placePanel();
    }

    private AppText text() {
        return editor.text();
    }

    private void relabel() {
        updateScore();
    }

    private void updateScore() {
        score.setText(text().get("classroom.quiz.score", right, asked));
        score.setVisible(quizOn.get());
        score.setManaged(quizOn.get());
    }

    private void presenting(boolean active) {
        panel.setVisible(active);
        if (active) {
            relabel();
            scene = window.canvas().getScene();
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keyPressed);
            scene.addEventFilter(KeyEvent.KEY_RELEASED, keyReleased);
            window.canvas().addEventFilter(MouseEvent.MOUSE_MOVED, mouse);
            window.canvas().addEventFilter(MouseEvent.MOUSE_DRAGGED, mouse);
        } else {
            if (scene != null) {
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, keyPressed);
                scene.removeEventFilter(KeyEvent.KEY_RELEASED, keyReleased);
            }
            window.canvas().removeEventFilter(MouseEvent.MOUSE_MOVED, mouse);
            window.canvas().removeEventFilter(MouseEvent.MOUSE_DRAGGED, mouse);
            laser.setOn(false);
            quizOn.set(false);
            caption.setVisible(false);
            caption.setManaged(false);
            run = Optional.empty();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        int digit = digit(code);
        if (code == KeyCode.Q) {
            quizOn.set(!quizOn.get());
        } else if (code == KeyCode.N) {
            nextStep();
        } else if (code == KeyCode.L) {
            laser.setOn(true);
        } else if (digit >= 0 && asking.isPresent() && !revealed) {
            answer(digit);
        } else if (asking.isPresent()
                && !revealed
                && (code == KeyCode.RIGHT || code == KeyCode.SPACE)) {
            // The packet waits for the answer.
        } else {
            return;
        }
        e.consume();
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.L) {
            laser.setOn(false);
            e.consume();
        }
    }

    private void mouseMoved(MouseEvent e) {
        Point2D p = laser.sceneToLocal(e.getSceneX(), e.getSceneY());
        laser.moveTo(p.getX(), p.getY());
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 0;
            case DIGIT2, NUMPAD2 -> 1;
            case DIGIT3, NUMPAD3 -> 2;
            case DIGIT4, NUMPAD4 -> 3;
            default -> -1;
        };
    }

    private void quizToggled(boolean on) {
        asking = Optional.empty();
        quizPanel.show(false);
        updateScore();
        if (on) {
            frameChanged(player.frame());
        }
    }

    /** The walk has ended: the score and the verdict (under the last answer, if just given). */
    private void showSummary(Frame f, boolean keepFeedback) {
        asking = Optional.empty();
        quizPanel.summary(
                right, asked, f.phase() != Phase.BLOCKED && !f.dropped(), text(), keepFeedback);
        placePanel();
    }

    /** Stops the packet before a decision it has not been asked about. */
    private void frameChanged(Optional<Frame> frame) {
        if (playWhenLoaded.isPresent() && player.walk() != playWhenLoaded.get()) {
            playWhenLoaded = Optional.empty();
            if (!player.isPlaying()) {
                play();
            }
        }
        if (busy || !quizOn.get() || frame.isEmpty() || player.walk().isEmpty()) {
            return;
        }
        PacketWalk walk = player.walk().get();
        if (quizWalk.isEmpty() || quizWalk.get() != walk) {
            quizWalk = Optional.of(walk);
            quiz = Optional.of(Quiz.of(walk, Optional.of(editor.lab())));
            asking = Optional.empty();
            quizPanel.show(false);
        }
        Frame f = frame.get();
        Quiz q = quiz.get();
        if (asking.isPresent() && !revealed) {
            holdBefore(asking.get(), f);
            return;
        }
        if (f.hopIndex() >= player.events().size() - 1
                && q.questionAt(f.hopIndex()).filter(x -> !q.answered(x)).isEmpty()) {
            // The walk has ended: the score and the verdict.
            showSummary(f, false);
            return;
        }
        if (f.card().isPresent()) {
            // Arrived at a decision (stepping with Right): back to the hop before, and ask.
            Optional<Quiz.Question> here = q.questionAt(f.hopIndex()).filter(x -> !q.answered(x));
            if (here.isPresent() && !isAsking(here.get())) {
                busy = true;
                try {
                    if (f.hopIndex() > 0) {
                        player.jumpTo(f.hopIndex() - 1);
                    } else if (player.isPlaying()) {
                        player.togglePlay();
                    }
                } finally {
                    busy = false;
                }
                ask(here.get());
            }
        } else if (f.phase() != Phase.DONE && f.phase() != Phase.BLOCKED) {
            // Travelling towards the next hop: stop on the way if it is a decision.
            Optional<Quiz.Question> ahead =
                    q.questionAt(f.hopIndex() + 1).filter(x -> !q.answered(x));
            if (ahead.isPresent() && !isAsking(ahead.get())) {
                if (player.isPlaying()) {
                    busy = true;
                    try {
                        player.togglePlay();
                    } finally {
                        busy = false;
                    }
                }
                ask(ahead.get());
            }
        }
    }

    /** The packet waits for the answer: Space and Right cannot take it past the question. */
    private void holdBefore(Quiz.Question q, Frame f) {
        busy = true;
        try {
            if (player.isPlaying()) {
                player.togglePlay();
            }
            if (q.hop() > 0 && f.hopIndex() >= q.hop()) {
                player.jumpTo(q.hop() - 1);
            }
        } finally {
            busy = false;
        }
    }

    private boolean isAsking(Quiz.Question q) {
        return asking.filter(q::equals).isPresent() && !revealed;
    }

    private void ask(Quiz.Question q) {
        asking = Optional.of(q);
        revealed = false;
        quizPanel.ask(q, text(), this::answer);
        updateScore();
        placePanel();
    }

    /**
     * Puts the panel (caption, question, score) where it covers neither the packet, nor the
     * component asked about or lit up, nor the hop card, nor the verdict.
     */
    private void placePanel() {
        double width = layer.getWidth();
        double height = layer.getHeight();
        if (!panel.isVisible() || width <= 0 || height <= 0) {
            return;
        }
        panel.applyCss();
        double w = Math.min(panel.prefWidth(-1), width - 2 * QuizPlacement.MARGIN);
        double h = panel.prefHeight(w);
        List<Rect> clear = new ArrayList<>();
        Viewport v = window.canvas().viewport();
        player.frame()
                .ifPresent(
                        f -> {
                            double x = v.toScreenX(f.packetPosition().x());
                            double y = v.toScreenY(f.packetPosition().y());
                            clear.add(new Rect(x - 30, y - 30, 60, 60));
                            box(f.highlightedComponent(), v).ifPresent(clear::add);
                        });
        asking.flatMap(q -> box(q.component(), v)).ifPresent(clear::add);
        for (String id : new String[] {"#walk-card", "#walk-verdict"}) {
            javafx.scene.Node n = window.canvas().lookup(id);
            if (n != null && n.isVisible()) {
                javafx.geometry.Bounds b = layer.sceneToLocal(n.localToScene(n.getLayoutBounds()));
                clear.add(new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        Rect at = QuizPlacement.place(w, h, clear, width, height);
        panel.resizeRelocate(at.x(), at.y(), w, h);
        panel.layout();
    }

    private Optional<Rect> box(String component, Viewport v) {
        return editor.diagram()
                .box(component)
                .map(
                        b ->
                                new Rect(
                                        v.toScreenX(b.x()) - 8,
                                        v.toScreenY(b.y()) - 8,
                                        b.width() * v.scale() + 16,
                                        b.height() * v.scale() + 16));
    }
}
