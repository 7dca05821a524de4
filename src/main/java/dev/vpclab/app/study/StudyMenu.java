package dev.vpclab.app.study;

import dev.vpclab.app.AppText;
import dev.vpclab.app.Background;
import dev.vpclab.app.EditorViewModel;
import dev.vpclab.app.FxBackground;
import dev.vpclab.app.Workbench;
import dev.vpclab.study.ComparisonCard;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The Study menu (challenges, the comparison card) and the challenge dock of a main window. The
 * window is rebuilt when the language changes, so the challenge state is kept per editor, which
 * outlives its windows.
 */
public final class StudyMenu {
    private static final Background BACKGROUND = new FxBackground();
    private static final Map<EditorViewModel, Controller> CONTROLLERS = new WeakHashMap<>();
    private static Consumer<URI> linkOpener = uri -> {};

    private StudyMenu() {}

    /** Opens the documentation links in the user's browser through the application's services. */
    public static void useHostServices(HostServices services) {
        Objects.requireNonNull(services, "services");
        linkOpener = uri -> services.showDocument(uri.toString());
    }

    /** Adds the Study menu before Help, and docks the challenge in progress, if any. */
    public static void register(MenuBar bar, Workbench window) {
        Controller c = controller(window);
        AppText t = window.viewModel().text();
        MenuItem challenges = new MenuItem(t.get("menu.study.challenges"));
        challenges.setId("menu-challenges");
        challenges.setOnAction(e -> c.showBrowser());
        MenuItem comparison = new MenuItem(t.get("menu.study.comparison"));
        comparison.setId("menu-comparison");
        comparison.setOnAction(e -> c.showComparison());
        Menu study = new Menu(t.get("menu.study"), null, challenges, comparison);
        study.setId("menu-study");
        int help = bar.getMenus().size();
        for (int i = 0; i < bar.getMenus().size(); i++) {
            if ("menu-help".equals(bar.getMenus().get(i).getId())) {
                help = i;
            }
        }
        bar.getMenus().add(help, study);
        c.dock();
    }

    /** The challenge view-model of a window's editor (tests drive it through this). */
    public static ChallengeViewModel challenges(Workbench window) {
        return existing(window).vm;
    }

    /** The challenge browser last opened from a window's menu. */
    public static java.util.Optional<ChallengeBrowser> browser(Workbench window) {
        return java.util.Optional.ofNullable(existing(window).browser);
    }

    private static Controller existing(Workbench window) {
        Controller c = CONTROLLERS.get(window.viewModel());
        if (c == null) {
            throw new IllegalStateException("the window has no Study menu");
        }
        return c;
    }

    private static Controller controller(Workbench window) {
        Controller c = CONTROLLERS.computeIfAbsent(window.viewModel(), e -> new Controller(window));
        c.attach(window);
        return c;
    }

    /** Ties a challenge view-model to the current window of an editor. */
    private static final class Controller implements ChallengeViewModel.Host {
        private Workbench window;
        private final ChallengeViewModel vm;
        private ChallengeBrowser browser;
        private ChallengePanel panel;

        Controller(Workbench window) {
            this.window = window;
            this.vm =
                    new ChallengeViewModel(
                            BACKGROUND,
                            new ChallengeProgress(window.document().preferences()),
                            this,
                            window.viewModel().text());
            vm.setLinkOpener(uri -> linkOpener.accept(uri));
            vm.activeProperty().addListener((o, a, b) -> dock());
            // Another lab (new, opened, recovered) ends the challenge: its pane would be stale.
            window.viewModel()
                    .resetsProperty()
                    .addListener(
                            (o, a, b) -> {
                                if (!loading && vm.active().isPresent()) {
                                    vm.close();
                                }
                            });
        }

        private boolean loading;

        void attach(Workbench w) {
            this.window = w;
            vm.attach(this, w.viewModel().text());
        }

        void dock() {
            if (panel != null) {
                panel.dispose();
            }
            panel =
                    vm.active().isPresent()
                            ? new ChallengePanel(vm, this::showComparison, vm::close)
                            : null;
            window.setDock(panel);
            if (fitWhenDocked && panel != null) {
                // The lab was fitted to the canvas before the challenge pane took its share of
                // the width, and came out cut at the right: fit it again to the narrower canvas.
                fitWhenDocked = false;
                javafx.scene.Parent root = window.stage().getScene().getRoot();
                root.applyCss();
                root.layout();
                window.canvas().zoomToFit();
            }
        }

        /** Set while a challenge's lab opens: it is fitted again once the pane is docked. */
        private boolean fitWhenDocked;

        void showBrowser() {
            browser =
                    new ChallengeBrowser(
                            window.stage(),
                            window.viewModel().text(),
                            BACKGROUND,
                            vm.progress(),
                            vm::open);
            browser.show();
        }

        void showComparison() {
            new ComparisonCardView(
                            window.stage(), window.viewModel().text(), ComparisonCard.standard())
                    .show();
        }

        /**
         * The starting lab titled with the challenge and its story, its flows named as the
         * challenge names them, in the learner's language.
         */
        private static dev.vpclab.model.Lab inLanguage(
                dev.vpclab.model.Lab lab, ChallengeEntry entry, java.util.Locale locale) {
            java.util.List<dev.vpclab.model.Flow> flows = new java.util.ArrayList<>(lab.flows());
            java.util.List<dev.vpclab.study.LocalizedText> names = entry.challenge().flowNames();
            for (int i = 0; i < Math.min(flows.size(), names.size()); i++) {
                flows.set(i, flows.get(i).withName(names.get(i).in(locale)));
            }
            return lab.withFlows(flows)
                    .withTitle(
                            entry.challenge().title().in(locale),
                            entry.challenge().story().in(locale));
        }

        @Override
        public dev.vpclab.model.Lab currentLab() {
            return window.viewModel().lab();
        }

        @Override
        public boolean load(ChallengeEntry entry) {
            if (!window.confirmDiscard()) {
                return false;
            }
            boolean ok;
            loading = true;
            try {
                // The lab opens titled with the challenge and its story, in the learner's
                // language: the file's own title and description are English only.
                java.util.Locale locale = window.viewModel().text().locale();
                ok =
                        window.document()
                                .openResource(
                                        entry.resource(), lab -> inLanguage(lab, entry, locale));
            } finally {
                loading = false;
            }
            if (ok) {
                window.canvas().zoomToFit();
                fitWhenDocked = vm.active().isEmpty();
            }
            return ok;
        }
    }
}
