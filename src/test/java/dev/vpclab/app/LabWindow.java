package dev.vpclab.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;

/**
 * The app's main window on the default lab, opened before each UI test and cleaned up after it: the
 * set-up the TestFX tests of the app share instead of each copying it. Register it on a static
 * field, so that it also owns the class's temporary home folder:
 *
 * <pre>{@code
 * @RegisterExtension static final LabWindow app = LabWindow.onDefaultLab();
 * }</pre>
 *
 * <p>Each test gets a fresh preferences node, removed after the test, and test methods may take an
 * {@link FxRobot} parameter. Per test it does what TestFX's {@code ApplicationExtension} does
 * (register the primary stage, set up an application on it, {@code FxToolkit.cleanupAfterTest}
 * after), with {@link VpcLabApp#open} as the application's start.
 */
public final class LabWindow
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                ParameterResolver {
    static {
        // The shared build machine can take longer than TestFX's 30 s to open the first window.
        if (System.getProperty("testfx.setup.timeout") == null) {
            System.setProperty("testfx.setup.timeout", "90000");
        }
    }

    private final FxRobot robot = new FxRobot();
    private final Map<String, String> preferences = new LinkedHashMap<>();
    private final List<BiConsumer<Stage, Preferences>> beforeOpening = new ArrayList<>();
    private boolean preferencesForTheClass;
    private boolean releaseInput;

    private Path home;
    private Preferences prefs;
    private Stage stage;
    private VpcLabApp.Session session;
    private Application application;

    private LabWindow() {}

    /** The window as the app first opens it: on the default lab. */
    public static LabWindow onDefaultLab() {
        return new LabWindow();
    }

    /** A preference the app finds when it opens ({@code language} {@code ko}). */
    public LabWindow withPreference(String key, String value) {
        preferences.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
        return this;
    }

    /**
     * Work on the stage before the app opens on it with the test's preferences (its placement, its
     * position).
     */
    public LabWindow beforeOpening(BiConsumer<Stage, Preferences> step) {
        beforeOpening.add(Objects.requireNonNull(step));
        return this;
    }

    /**
     * One preferences node for the whole class, removed after its last test: windows such as the
     * challenge browser read it from background work that may finish after their test ended.
     */
    public LabWindow preferencesForTheClass() {
        preferencesForTheClass = true;
        return this;
    }

    /**
     * After each test, releases every key and mouse button and forgets Monocle's stale drag view
     * ({@link MonocleWorkaround}): a held Shift or a stale drag spoils the next test's drag and
     * drop.
     */
    public LabWindow releasingInputAfterEach() {
        releaseInput = true;
        return this;
    }

    /** The app opened for the current test. */
    public VpcLabApp.Session session() {
        return Objects.requireNonNull(session, "no window is open");
    }

    /** The main window's stage. */
    public Stage stage() {
        return Objects.requireNonNull(stage, "no window is open");
    }

    /** The preferences the app reads and writes in the current test. */
    public Preferences prefs() {
        return Objects.requireNonNull(prefs, "no window is open");
    }

    /** The home folder of the class's tests (recovery files, saved labs). */
    public Path home() {
        return Objects.requireNonNull(home, "the extension is not registered on a static field");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("vpclab-uitest");
        if (preferencesForTheClass) {
            prefs = freshNode();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (home == null) {
            throw new IllegalStateException(
                    "register LabWindow on a static field: @RegisterExtension static final");
        }
        if (!preferencesForTheClass) {
            prefs = freshNode();
        }
        preferences.forEach(prefs::put);
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new ApplicationAdapter(new Fixture()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (releaseInput) {
            robot.release(new KeyCode[0]);
            robot.release(new MouseButton[0]);
            MonocleWorkaround.forgetStaleDrag(robot);
        }
        if (!preferencesForTheClass) {
            prefs.removeNode();
        }
        FxToolkit.cleanupAfterTest(robot, application);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, BackingStoreException {
        if (preferencesForTheClass) {
            prefs.removeNode();
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    private static Preferences freshNode() {
        return Preferences.userRoot().node("dev/vpclab/uitest/" + UUID.randomUUID());
    }

    /** Opens the app on the primary stage, as the test class's {@code @Start} method did. */
    private final class Fixture implements ApplicationFixture {
        @Override
        public void init() {}

        @Override
        public void start(Stage primary) {
            stage = primary;
            beforeOpening.forEach(step -> step.accept(primary, prefs));
            session =
                    VpcLabApp.open(
                            primary, prefs, home, new DiskLabFiles(), Background.immediate());
            primary.show();
        }

        @Override
        public void stop() {}
    }
}
