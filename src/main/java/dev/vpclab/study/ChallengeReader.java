package dev.vpclab.study;

import dev.vpclab.check.Problem;
import dev.vpclab.check.SourceLocation;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LoadResult;
import dev.vpclab.format.SourceMap;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Lab;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads challenge files: lab files (format {@code vpclab/1}) with a top-level {@code challenge}
 * block, which the lab reader keeps in {@link Lab#extras()}. The block's format is documented in
 * {@code docs/challenges.md}. Every error names the field, such as {@code
 * challenge.goals[2].reachable.port}; nothing half-read is returned.
 */
public final class ChallengeReader {
    /** The top-level key of the challenge block. */
    public static final String KEY = "challenge";

    private static final Set<String> FIELDS =
            Set.of(
                    "id",
                    "title",
                    "story",
                    "goal",
                    "hints",
                    "explanation",
                    "links",
                    "goals",
                    "flowNames");

    private ChallengeReader() {}

    /** Reads a challenge file from disk. */
    public static ChallengeLoad read(Path file) {
        Objects.requireNonNull(file, "file");
        return fromLoad(file.toString(), LabReader.read(file));
    }

    /** Reads a challenge from the text of a file. */
    public static ChallengeLoad read(String content, String fileName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fileName, "fileName");
        return fromLoad(fileName, LabReader.read(content, fileName));
    }

    /**
     * The challenge of a lab that was already read. A starting lab may have design-time errors on
     * purpose (a challenge can ask to fix them): only a lab that did not load at all is refused.
     */
    public static ChallengeLoad fromLab(Lab lab, String fileName) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(fileName, "fileName");
        List<Message> errors = new ArrayList<>();
        Optional<Challenge> challenge = challenge(lab.extras().get(KEY), errors);
        if (challenge.isEmpty()) {
            return ChallengeLoad.failed(fileName, errors);
        }
        return new ChallengeLoad(fileName, challenge, Optional.of(lab), List.of());
    }

    private static ChallengeLoad fromLoad(String fileName, LoadResult result) {
        if (result.lab().isEmpty()) {
            List<Message> errors = new ArrayList<>();
            for (Problem p : result.errors()) {
                errors.add(
                        Message.of(
                                "study.read.labProblem",
                                p.location().map(Object::toString).orElse(fileName),
                                p.code(),
                                p.message()));
            }
            if (errors.isEmpty()) {
                errors.add(Message.of("study.read.notALab", fileName));
            }
            return ChallengeLoad.failed(fileName, errors);
        }
        ChallengeLoad load = fromLab(result.lab().get(), fileName);
        if (load.ok()) {
            return load;
        }
        List<Message> located = new ArrayList<>();
        for (Message m : load.errors()) {
            located.add(Message.of("study.read.located", where(m, result.sourceMap()), m));
        }
        return ChallengeLoad.failed(fileName, located);
    }

    /**
     * The file, line and column a refusal of the challenge block is about: its messages name the
     * field path first ({@code challenge.goals[2].reachable.port}); a field that is missing is
     * placed at the nearest enclosing one that was written, and the block itself, when missing, at
     * the start of the file.
     */
    private static SourceLocation where(Message m, SourceMap sourceMap) {
        boolean named =
                !m.key().equals("study.read.noChallenge")
                        && !m.args().isEmpty()
                        && m.args().get(0) instanceof String path
                        && (path.equals(KEY)
                                || path.startsWith(KEY + ".")
                                || path.startsWith(KEY + "["));
        if (!named) {
            return sourceMap.fileStart();
        }
        return sourceMap.locate("", (String) m.args().get(0)).orElse(sourceMap.fileStart());
    }

    private static Optional<Challenge> challenge(Object block, List<Message> errors) {
        if (block == null) {
            errors.add(Message.of("study.read.noChallenge", KEY));
            return Optional.empty();
        }
        Optional<PlainFields> top = PlainFields.of(KEY, block, errors);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        PlainFields f = top.get();
        f.onlyKeys(FIELDS);
        Optional<String> id = f.text("id");
        id.filter(i -> !i.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
                .ifPresent(i -> f.error(Message.of("study.read.badId", f.at("id"), i)));
        Optional<LocalizedText> title = f.localized("title");
        Optional<LocalizedText> story = f.localized("story");
        Optional<LocalizedText> goal = f.localized("goal");
        List<Hint> hints = hints(f, errors);
        Optional<LocalizedText> explanation = f.localized("explanation");
        List<URI> links = links(f, errors);
        List<LocalizedText> flowNames = flowNames(f, errors);
        List<GoalCondition> goals = List.of();
        Optional<List<?>> goalItems = f.list("goals");
        if (goalItems.isPresent()) {
            if (goalItems.get().isEmpty()) {
                errors.add(Message.of("study.read.emptyList", f.at("goals")));
            }
            goals = new GoalReader(errors).read(f.at("goals"), goalItems.get());
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Challenge(
                        id.orElseThrow(),
                        title.orElseThrow(),
                        story.orElseThrow(),
                        goal.orElseThrow(),
                        hints,
                        explanation.orElseThrow(),
                        links,
                        goals,
                        flowNames));
    }

    /** {@code flowNames}: a list of {@code {en, ko}}, one per flow of the starting lab. */
    private static List<LocalizedText> flowNames(PlainFields f, List<Message> errors) {
        List<LocalizedText> out = new ArrayList<>();
        Optional<List<?>> items = f.list("flowNames");
        if (items.isEmpty()) {
            return out;
        }
        for (int i = 0; i < items.get().size(); i++) {
            String at = f.at("flowNames") + "[" + i + "]";
            PlainFields.of(at, items.get().get(i), errors)
                    .flatMap(PlainFields::localizedHere)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** {@code hints}: a list of {@code {level: nudge|concept|fix, en, ko}}. */
    private static List<Hint> hints(PlainFields f, List<Message> errors) {
        List<Hint> out = new ArrayList<>();
        Optional<List<?>> items = f.list("hints");
        if (items.isEmpty()) {
            return out;
        }
        for (int i = 0; i < items.get().size(); i++) {
            String at = f.at("hints") + "[" + i + "]";
            Optional<PlainFields> h = PlainFields.of(at, items.get().get(i), errors);
            if (h.isEmpty()) {
                continue;
            }
            Optional<String> levelText = h.get().text("level");
            Optional<Hint.Level> level = levelText.flatMap(Hint.Level::fromFileName);
            if (levelText.isPresent() && level.isEmpty()) {
                errors.add(
                        Message.of("study.read.hintLevel", h.get().at("level"), levelText.get()));
            }
            Optional<String> en = h.get().text("en");
            Optional<String> ko = h.get().text("ko");
            h.get().onlyKeys(Set.of("level", "en", "ko"));
            en.filter(String::isBlank)
                    .ifPresent(x -> errors.add(Message.of("study.read.blank", h.get().at("en"))));
            ko.filter(String::isBlank)
                    .ifPresent(x -> errors.add(Message.of("study.read.blank", h.get().at("ko"))));
            if (level.isPresent() && en.isPresent() && ko.isPresent()) {
                out.add(
                        new Hint(
                                level.get(),
                                new LocalizedText(en.get().strip(), ko.get().strip())));
            }
        }
        return out;
    }

    /** {@code links}: https addresses of AWS documentation pages. */
    private static List<URI> links(PlainFields f, List<Message> errors) {
        List<URI> out = new ArrayList<>();
        Optional<List<?>> items = f.list("links");
        if (items.isEmpty()) {
            return out;
        }
        for (int i = 0; i < items.get().size(); i++) {
            String at = f.at("links") + "[" + i + "]";
            String text = String.valueOf(items.get().get(i));
            try {
                URI uri = new URI(text);
                if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new URISyntaxException(text, "not an https address");
                }
                out.add(uri);
            } catch (URISyntaxException e) {
                errors.add(Message.of("study.read.badLink", at, text));
            }
        }
        return out;
    }
}
