package dev.vpclab.classroom;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.Route;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.walk.Card;
import dev.vpclab.walk.Event;
import dev.vpclab.walk.PacketWalk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A quiz on one packet walk: before each decision (a route table, a security group, a network ACL,
 * a gateway) a question with three or four choices, and the score of the answers given so far.
 * Questions are the same for the same walk, so a class sees the same quiz twice.
 */
public final class Quiz {
    /** What a question asks. */
    public enum Kind {
        /** Where does the packet go next? (a component, or "dropped") */
        NEXT_HOP,
        /** Which route of the table matches? */
        MATCHING_ROUTE,
        /** Is the packet allowed or dropped here? */
        VERDICT
    }

    /**
     * One question, asked when the packet reaches hop {@code hop} of the walk and before the card
     * is shown.
     *
     * @param choices three or four texts; {@code answer} is the index of the right one
     * @param explanation what the card says was decided, shown with the answer
     */
    public record Question(
            int hop,
            String component,
            Kind kind,
            Message prompt,
            List<Message> choices,
            int answer,
            Message explanation) {
        public Question {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(prompt, "prompt");
            choices = List.copyOf(choices);
            Objects.checkIndex(answer, choices.size());
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    private static final Set<String> FILTER_CHECKS =
            Set.of(
                    "walk.check.egress",
                    "walk.check.ingress",
                    "walk.check.outbound",
                    "walk.check.inbound");
    private static final int MAX_CHOICES = 4;

    private final List<Question> questions;
    private final Map<Integer, Integer> answers = new LinkedHashMap<>();

    private Quiz(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    /** The quiz of a walk; with the lab, gateways are asked about too. */
    public static Quiz of(PacketWalk walk, Optional<Lab> lab) {
        Objects.requireNonNull(walk, "walk");
        Objects.requireNonNull(lab, "lab");
        List<Event> events = walk.events();
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Optional<Card> card = walk.frameAt(walk.timeOfHop(i)).card();
            Optional<Event> next =
                    i + 1 < events.size() ? Optional.of(events.get(i + 1)) : Optional.empty();
            question(e, card, next, events, lab).ifPresent(out::add);
        }
        return new Quiz(out);
    }

    /** Every question, in the order of the walk. */
    public List<Question> questions() {
        return questions;
    }

    /** The question asked at hop {@code hop}, if that hop is a decision. */
    public Optional<Question> questionAt(int hop) {
        return questions.stream().filter(q -> q.hop() == hop).findFirst();
    }

    /**
     * Records the answer to a question (the first answer counts; answering again changes nothing)
     * and tells whether it was right.
     */
    public boolean answer(Question question, int choice) {
        Objects.requireNonNull(question, "question");
        if (!questions.contains(question)) {
            throw new IllegalArgumentException("not a question of this quiz: " + question);
        }
        Objects.checkIndex(choice, question.choices().size());
        answers.putIfAbsent(question.hop(), choice);
        return choice == question.answer();
    }

    /** Whether a question has been answered. */
    public boolean answered(Question question) {
        return answers.containsKey(question.hop());
    }

    /** How many questions were answered right. */
    public int score() {
        return (int)
                questions.stream()
                        .filter(q -> Integer.valueOf(q.answer()).equals(answers.get(q.hop())))
                        .count();
    }

    /** How many questions were answered. */
    public int asked() {
        return answers.size();
    }

    private static Optional<Question> question(
            Event e,
            Optional<Card> card,
            Optional<Event> next,
            List<Event> events,
            Optional<Lab> lab) {
        if (e.leg().isEmpty()) {
            return Optional.empty(); // the DNS look-up is not a routing decision
        }
        Message explanation =
                card.flatMap(c -> c.blocked().map(Card.Blocked::detail))
                        .or(() -> card.flatMap(Card::decision))
                        .orElse(e.decision());
        String key = e.check().key();
        if (key.equals("walk.check.route")) {
            List<Card.RouteRow> rows = card.map(Card::routes).orElse(List.of());
            if (rows.size() >= 2) {
                return Optional.of(matchingRoute(e, rows, explanation));
            }
            List<String> wrong = new ArrayList<>();
            rows.stream().map(r -> r.target().orElse("")).forEach(wrong::add);
            return Optional.of(nextHop(e, next, events, wrong, explanation));
        }
        if (FILTER_CHECKS.contains(key)) {
            List<Message> choices =
                    List.of(
                            Message.of("classroom.quiz.allowed"),
                            Message.of("classroom.quiz.dropped"));
            return Optional.of(
                    new Question(
                            e.index(),
                            e.component(),
                            Kind.VERDICT,
                            Message.of("classroom.quiz.verdict", e.component(), e.check()),
                            choices,
                            e.blocked() ? 1 : 0,
                            explanation));
        }
        boolean gateway =
                lab.flatMap(l -> l.component(e.component())).map(Quiz::isGateway).orElse(false);
        if (gateway) {
            return Optional.of(nextHop(e, next, events, List.of(), explanation));
        }
        return Optional.empty();
    }

    private static Question matchingRoute(Event e, List<Card.RouteRow> rows, Message explanation) {
        List<String> texts = new ArrayList<>();
        Optional<String> winner =
                rows.stream()
                        .filter(r -> r.state() == Card.RowState.WINNER)
                        .map(Card.RouteRow::route)
                        .findFirst();
        winner.ifPresent(texts::add);
        // Routes that matched but lost are the best wrong answers; then the rest of the table.
        for (Card.RowState state : List.of(Card.RowState.LOST, Card.RowState.NOT_MATCHING)) {
            rows.stream()
                    .filter(r -> r.state() == state)
                    .map(Card.RouteRow::route)
                    .forEach(texts::add);
        }
        String noRoute = "\u0000none";
        if (winner.isEmpty()) {
            texts.add(0, noRoute);
        }
        List<String> picked =
                new ArrayList<>(texts.subList(0, Math.min(MAX_CHOICES, texts.size())));
        String right = picked.get(0);
        shuffle(picked, e);
        List<Message> choices =
                picked.stream()
                        .map(
                                t ->
                                        t.equals(noRoute)
                                                ? Message.of("classroom.quiz.noRoute")
                                                : Message.of("classroom.quiz.choice", t))
                        .toList();
        return new Question(
                e.index(),
                e.component(),
                Kind.MATCHING_ROUTE,
                Message.of("classroom.quiz.whichRoute", e.component()),
                choices,
                picked.indexOf(right),
                explanation);
    }

    private static Question nextHop(
            Event e,
            Optional<Event> next,
            List<Event> events,
            List<String> wrong,
            Message explanation) {
        String dropped = "\u0000dropped";
        String right = e.blocked() || next.isEmpty() ? dropped : next.get().component();
        List<String> picked = new ArrayList<>();
        picked.add(right);
        List<String> candidates = new ArrayList<>(wrong);
        // Other components of the walk are plausible too: the packet meets them at some point.
        events.stream()
                .map(Event::component)
                .filter(c -> !c.equals(e.component()))
                .forEach(candidates::add);
        int room = right.equals(dropped) ? MAX_CHOICES : MAX_CHOICES - 1;
        for (String c : candidates) {
            if (picked.size() < room
                    && !c.isBlank()
                    && !c.equals(Route.LOCAL)
                    && !picked.contains(c)) {
                picked.add(c);
            }
        }
        if (!right.equals(dropped)) {
            picked.add(dropped);
        }
        shuffle(picked, e);
        List<Message> choices =
                picked.stream()
                        .map(
                                t ->
                                        t.equals(dropped)
                                                ? Message.of("classroom.quiz.dropped")
                                                : Message.of("classroom.quiz.choice", t))
                        .toList();
        return new Question(
                e.index(),
                e.component(),
                Kind.NEXT_HOP,
                Message.of("classroom.quiz.whereNext", e.component()),
                choices,
                picked.indexOf(right),
                explanation);
    }

    /** A shuffle seeded by the hop, so the right answer moves but the quiz repeats exactly. */
    private static void shuffle(List<String> choices, Event e) {
        java.util.Collections.shuffle(
                choices, new Random(31L * e.index() + e.component().hashCode()));
    }

    private static boolean isGateway(Component c) {
        return c instanceof InternetGateway
                || c instanceof NatGateway
                || c instanceof GatewayEndpoint
                || c instanceof TransitGateway
                || c instanceof VirtualPrivateGateway
                || c instanceof VpcPeering
                || c instanceof EgressOnlyInternetGateway;
    }
}
