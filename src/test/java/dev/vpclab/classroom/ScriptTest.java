package dev.vpclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.edit.EditHistory;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.format.LabReader;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.RouteTable;
import dev.vpclab.routing.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptTest {
    private static final String YAML =
            """
            script:
            - say: {en: "The S3 flow works.", ko: "S3 흐름이 동작합니다."}
            - show: App instance to S3 through the gateway endpoint
            - edit: deleteRoute
              routeTable: rt-app
              destination: pl-s3-use1
            - show: App instance to S3
            - edit: setField
              component: vpce-nowhere
              field: state
              value: rejected
            """;

    /** Records what a script did, and applies edits through an undo history. */
    static final class Recorder implements ScriptRun.Stage {
        final EditHistory history;
        final List<String> log = new ArrayList<>();

        Recorder(Lab lab) {
            history = new EditHistory(lab);
        }

        @Override
        public Lab lab() {
            return history.current();
        }

        @Override
        public void show(int index) {
            log.add("show " + index);
        }

        @Override
        public void apply(LabEdit edit) {
            history.apply(edit);
            log.add("edit");
        }

        @Override
        public void say(Script.Say caption) {
            log.add("say " + caption.in(Locale.KOREAN));
        }

        @Override
        public void refused(Message why) {
            log.add("refused " + why.english());
        }
    }

    static Lab labWithScript() {
        return LabReader.read(withScript(), "default.yaml").lab().orElseThrow();
    }

    static String withScript() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("assets/labs/default.yaml"))
                    + "\n"
                    + YAML;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsTheStepsOfTheScriptKey() {
        Script script = Script.of(labWithScript()).orElseThrow();
        assertThat(script.steps()).hasSize(5);
        assertThat(script.steps().get(0))
                .isEqualTo(
                        new Script.Say(Map.of("en", "The S3 flow works.", "ko", "S3 흐름이 동작합니다.")));
        assertThat(script.steps().get(1))
                .isEqualTo(new Script.Show("App instance to S3 through the gateway endpoint"));
        assertThat(script.steps().get(2))
                .isEqualTo(
                        new Script.Edit(
                                "deleteRoute",
                                Map.of("routeTable", "rt-app", "destination", "pl-s3-use1")));
        assertThat(Script.of(QuizTest.lab())).isEmpty();
    }

    @Test
    void playsStepByStepWithEditsInTheUndoHistory() {
        Lab lab = labWithScript();
        Recorder stage = new Recorder(lab);
        ScriptRun run = new ScriptRun(Script.of(lab).orElseThrow());
        for (int i = 0; i < 5; i++) {
            assertThat(run.playNext(stage)).isPresent();
        }
        assertThat(run.finished()).isTrue();
        assertThat(run.playNext(stage)).isEmpty();
        assertThat(stage.log.subList(0, 4))
                .containsExactly("say S3 흐름이 동작합니다.", "show 0", "edit", "show 0");
        assertThat(stage.log.get(4)).startsWith("refused").contains("vpce-nowhere");
        // The deleted route is gone, the S3 flow is blocked, and Undo brings it back.
        Lab after = stage.history.current();
        assertThat(after.component("rt-app", RouteTable.class).orElseThrow().routes())
                .noneMatch(r -> r.toString().contains("pl-s3"));
        assertThat(Tracer.trace(after, after.flows().get(0)).reachable()).isFalse();
        assertThat(stage.history.undo()).isTrue();
        assertThat(Tracer.trace(stage.history.current(), lab.flows().get(0)).reachable()).isTrue();
    }

    @Test
    void setFieldChangesAnEndpointsState() {
        Lab lab = QuizTest.lab();
        InterfaceEndpoint vpce = lab.all(InterfaceEndpoint.class).findFirst().orElseThrow();
        Script.Edit edit =
                new Script.Edit(
                        "setField",
                        Map.of("component", vpce.id(), "field", "state", "value", "rejected"));
        Lab after = edit.on(lab).allowedEdit().orElseThrow().apply(lab);
        assertThat(after.component(vpce.id(), InterfaceEndpoint.class).orElseThrow().state())
                .isEqualTo("rejected");
    }

    @Test
    void writesTheScriptBackIntoTheLab() {
        Lab lab = labWithScript();
        Script script = Script.of(lab).orElseThrow();
        Lab copy = script.writeTo(QuizTest.lab());
        assertThat(Script.of(copy)).contains(script);
    }

    @Test
    void namesTheStepItDoesNotUnderstand() {
        assertThatThrownBy(() -> Script.read(List.of(Map.of("show", "x"), Map.of("dance", "y"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Step 2");
        assertThat(new Script.Edit("fly", Map.of()).on(QuizTest.lab()).allowedEdit()).isEmpty();
    }
}
