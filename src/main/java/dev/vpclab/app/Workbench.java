package dev.vpclab.app;

import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * What the panels of the app's sub-packages (walk, classroom, study, export) need of the main
 * window. They see this small interface rather than {@link MainWindow}, which builds them: the
 * window depends on its panels, never the other way round, so the packages form no cycle.
 */
public interface Workbench {
    /** The diagram. */
    CanvasView canvas();

    /** The editor's state: lab, selection, history. */
    EditorViewModel viewModel();

    /** The open file. */
    LabDocument document();

    /** The window's stage, to own dialogs. */
    Stage stage();

    /** Asks before unsaved work is thrown away; true to go on. */
    boolean confirmDiscard();

    /**
     * The index in the lab's flows of the flow selected in the flow list, -1 for none: the flow a
     * dialog such as Export starts on, because it is the one the user is looking at.
     */
    default int selectedFlow() {
        return -1;
    }

    /** Shows a panel docked at the right of the window (null removes it). */
    void setDock(Node panel);
}
