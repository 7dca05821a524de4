package dev.vpclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.EditHistory;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The script editor's edits, without a window: each is one undo entry and checked as read. */
class ScriptEditsTest {
    private static final String S3 = "App instance to S3 through the gateway endpoint";
    private static final String LINK = "App instance to the provider's service through PrivateLink";

    private static Lab lab() {
        return QuizTest.lab();
    }

    private static Lab apply(EditHistory h, EditAttempt a) {
        assertThat(a.refusal()).as("refused").isEmpty();
        assertThat(h.apply(a.allowedEdit().orElseThrow())).isTrue();
        return h.current();
    }

    private static List<Script.Step> steps(Lab lab) {
        return ScriptEdits.scriptOf(lab).steps();
    }

    private static String reason(EditAttempt a) {
        return a.refusal().map(Message::english).orElse("allowed");
    }

    @Test
    void addsMovesAndDeletesStepsOneUndoEntryEach() {
        EditHistory h = new EditHistory(lab());
        Script.Say say = new Script.Say(Map.of("en", "Watch this.", "ko", "보세요."));
        Script.Show show = new Script.Show(S3);
        apply(h, ScriptEdits.add(h.current(), 0, say));
        apply(h, ScriptEdits.add(h.current(), 1, show));
        assertThat(steps(h.current())).containsExactly(say, show);
        assertThat(h.undoLabel().map(Message::english)).contains("Add Script Step");

        apply(h, ScriptEdits.move(h.current(), 1, 0));
        assertThat(steps(h.current())).containsExactly(show, say);
        assertThat(h.undoDepth()).isEqualTo(3);
        assertThat(h.undoLabel().map(Message::english)).contains("Move Script Step");

        h.undo();
        assertThat(steps(h.current())).containsExactly(say, show);
        h.redo();
        apply(h, ScriptEdits.delete(h.current(), 0));
        assertThat(steps(h.current())).containsExactly(say);
        apply(h, ScriptEdits.delete(h.current(), 0));
        // The last step deleted: the lab has no script key left, as before the first was added.
        assertThat(h.current()).isEqualTo(lab());
    }

    @Test
    void changesAFieldOfAStep() {
        EditHistory h = new EditHistory(lab());
        apply(h, ScriptEdits.add(h.current(), 0, new Script.Show(S3)));
        apply(h, ScriptEdits.change(h.current(), 0, new Script.Show(LINK)));
        assertThat(steps(h.current())).containsExactly(new Script.Show(LINK));
        assertThat(h.undoLabel().map(Message::english)).contains("Change Script Step");
    }

    @Test
    void refusesWhatTheReaderOrThePlayerWouldRefuseWithTheReason() {
        Lab lab = lab();
        assertThat(reason(ScriptEdits.add(lab, 0, new Script.Show("No such flow"))))
                .isEqualTo("The lab has no flow named \"No such flow\".");
        assertThat(
                        reason(
                                ScriptEdits.add(
                                        lab,
                                        0,
                                        new Script.Edit(
                                                "deleteRoute",
                                                Map.of(
                                                        "routeTable",
                                                        "rt-app",
                                                        "destination",
                                                        "192.0.2.0/24")))))
                .isEqualTo("rt-app has no route to 192.0.2.0/24.");
        assertThat(
                        reason(
                                ScriptEdits.add(
                                        lab,
                                        0,
                                        new Script.Edit(
                                                "addRoute",
                                                Map.of(
                                                        "routeTable",
                                                        "rt-app",
                                                        "destination",
                                                        "10.0.0.0/33",
                                                        "target",
                                                        "local")))))
                .isEqualTo("destination: prefix length 33 is outside 0..32");
        assertThat(reason(ScriptEdits.move(lab, 0, 1))).isEqualTo("The script has no step 1.");
        // The reader's own checks, at the field: a caption without text, a show without a flow.
        try {
            new Script.Say(Map.of("en", " "));
            throw new AssertionError("a blank caption was read");
        } catch (Script.Unreadable e) {
            assertThat(e.reason().render(Locale.KOREAN)).isEqualTo("자막에는 글이 필요합니다.");
        }
    }

    @Test
    void aStepIsCheckedOnTheLabAsTheStepsBeforeLeaveIt() {
        EditHistory h = new EditHistory(lab());
        Script.Edit delete =
                new Script.Edit(
                        "deleteRoute", Map.of("routeTable", "rt-app", "destination", "pl-s3-use1"));
        apply(h, ScriptEdits.add(h.current(), 0, delete));
        // After the first step has deleted the route, a second deletion of it cannot be played...
        assertThat(reason(ScriptEdits.add(h.current(), 1, delete)))
                .isEqualTo("rt-app has no route to pl-s3-use1.");
        // ...but adding it back can, even though the lab (not yet played) still has it.
        Script.Edit add =
                new Script.Edit(
                        "addRoute",
                        Map.of(
                                "routeTable",
                                "rt-app",
                                "destination",
                                "pl-s3-use1",
                                "target",
                                ScriptChoices.targets(h.current()).stream()
                                        .filter(t -> t.startsWith("vpce"))
                                        .findFirst()
                                        .orElseThrow()));
        apply(h, ScriptEdits.add(h.current(), 1, add));
        assertThat(steps(h.current())).containsExactly(delete, add);
    }

    @Test
    void theLabOffersItsFlowsTablesRoutesAndFieldsAsChoices() {
        Lab lab = lab();
        assertThat(ScriptChoices.flows(lab)).startsWith(S3, LINK);
        assertThat(ScriptChoices.routeTables(lab)).contains("rt-app");
        assertThat(ScriptChoices.destinations(lab, "rt-app"))
                .contains("pl-s3-use1")
                .doesNotContain("10.0.0.0/16"); // the local route: AWS refuses to delete it
        assertThat(ScriptChoices.targets(lab)).contains("local").doesNotContain("rt-app");
        assertThat(ScriptChoices.newShow(lab)).contains(new Script.Show(S3));
        for (String edit : ScriptChoices.EDITS) {
            Script.Step step = ScriptChoices.newEdit(lab, edit).orElseThrow();
            assertThat(Script.refusal(step, lab)).as(edit).isEmpty();
            assertThat(((Script.Edit) step).args().keySet())
                    .containsExactlyInAnyOrderElementsOf(ScriptChoices.arguments(edit));
        }
        Script.Edit set = (Script.Edit) ScriptChoices.newEdit(lab, "setField").orElseThrow();
        Script.Edit other = ScriptChoices.withArgument(lab, set, "component", "rt-app");
        assertThat(other.args().get("component")).isEqualTo("rt-app");
        assertThat(ScriptChoices.fields(lab, "rt-app")).containsKey(other.args().get("field"));
    }

    @Test
    void theEditedScriptIsSavedAndReadBackIdentically() {
        EditHistory h = new EditHistory(lab());
        apply(h, ScriptEdits.add(h.current(), 0, new Script.Say(Map.of("ko", "보세요."))));
        apply(h, ScriptEdits.add(h.current(), 1, new Script.Show(S3)));
        apply(
                h,
                ScriptEdits.add(
                        h.current(),
                        2,
                        ScriptChoices.newEdit(h.current(), "setField").orElseThrow()));
        String yaml = LabWriter.toYaml(h.current());
        Lab back = LabReader.read(yaml, "edited.yaml").lab().orElseThrow();
        assertThat(ScriptEdits.scriptOf(back)).isEqualTo(ScriptEdits.scriptOf(h.current()));
        assertThat(LabWriter.toYaml(back)).isEqualTo(yaml);
    }
}
