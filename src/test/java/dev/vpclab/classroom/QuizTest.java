package dev.vpclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.edit.Point;
import dev.vpclab.format.LabReader;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import dev.vpclab.routing.Tracer;
import dev.vpclab.walk.PacketWalk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizTest {
    static Lab lab() {
        return LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow();
    }

    static Quiz quiz(Lab lab, int flow) {
        PacketWalk walk =
                PacketWalk.of(
                        Tracer.trace(lab, lab.flows().get(flow)),
                        id -> Optional.of(new Point(0, 0)),
                        Optional.of(lab));
        return Quiz.of(walk, Optional.of(lab));
    }

    @Test
    void asksWhichRouteMatchesWithTheTablesRowsAndTheWinnerAsTheAnswer() {
        Quiz quiz = quiz(lab(), 0);
        Quiz.Question route =
                quiz.questions().stream()
                        .filter(q -> q.kind() == Quiz.Kind.MATCHING_ROUTE)
                        .findFirst()
                        .orElseThrow();
        assertThat(route.component()).isEqualTo("rt-app");
        assertThat(route.choices()).hasSizeBetween(2, 4);
        String right = route.choices().get(route.answer()).english();
        assertThat(right).contains("pl-s3").contains("vpce-");
        assertThat(route.explanation().english()).contains("pl-s3");
    }

    @Test
    void asksWhetherSecurityGroupsAndAclsAllowThePacket() {
        Quiz quiz = quiz(lab(), 0);
        List<Quiz.Question> verdicts =
                quiz.questions().stream().filter(q -> q.kind() == Quiz.Kind.VERDICT).toList();
        assertThat(verdicts).isNotEmpty();
        for (Quiz.Question q : verdicts) {
            assertThat(q.choices())
                    .extracting(Message::english)
                    .containsExactly("Allowed", "Dropped here");
            assertThat(q.answer()).isZero(); // the default lab's S3 flow works
        }
    }

    @Test
    void aBlockedRouteLookUpHasNoRouteAsItsAnswer() {
        Lab lab = lab();
        Lab broken =
                new Script(
                                List.of(
                                        new Script.Edit(
                                                "deleteRoute",
                                                java.util.Map.of(
                                                        "routeTable", "rt-app",
                                                        "destination", "pl-s3-use1"))))
                        .steps().stream()
                                .map(s -> ((Script.Edit) s).on(lab).allowedEdit().orElseThrow())
                                .findFirst()
                                .orElseThrow()
                                .apply(lab);
        Quiz quiz = quiz(broken, 0);
        Quiz.Question last = quiz.questions().get(quiz.questions().size() - 1);
        assertThat(last.component()).isEqualTo("rt-app");
        String right = last.choices().get(last.answer()).english();
        assertThat(right).isIn("No route matches", "Dropped here");
    }

    @Test
    void keepsTheScoreOfFirstAnswers() {
        Quiz quiz = quiz(lab(), 0);
        assertThat(quiz.questions()).hasSizeGreaterThanOrEqualTo(2);
        Quiz.Question first = quiz.questions().get(0);
        Quiz.Question second = quiz.questions().get(1);
        assertThat(quiz.answer(first, first.answer())).isTrue();
        int wrong = (second.answer() + 1) % second.choices().size();
        assertThat(quiz.answer(second, wrong)).isFalse();
        assertThat(quiz.answer(second, second.answer())).isTrue(); // right, but too late
        assertThat(quiz.score()).isEqualTo(1);
        assertThat(quiz.asked()).isEqualTo(2);
        assertThat(quiz.questionAt(first.hop())).contains(first);
        assertThatThrownBy(() -> quiz.answer(first, 7))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theSameWalkGivesTheSameQuiz() {
        assertThat(quiz(lab(), 1).questions()).isEqualTo(quiz(lab(), 1).questions());
    }
}
