package dev.vpclab.app.study;

import dev.vpclab.study.ChallengeLoad;
import dev.vpclab.study.ChallengeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The challenges shipped in the jar. A jar cannot be listed portably, so {@code
 * assets/challenges/index.txt} names the files (a test checks it names every one).
 */
public final class ChallengeCatalog {
    /** The folder of the shipped challenges on the class path. */
    public static final String FOLDER = "/assets/challenges/";

    private static volatile List<ChallengeEntry> shipped;

    private ChallengeCatalog() {}

    /** The shipped challenges in the order of the index; read once, then kept. */
    public static List<ChallengeEntry> shipped() {
        List<ChallengeEntry> s = shipped;
        if (s == null) {
            s = read();
            shipped = s;
        }
        return s;
    }

    /** The file names listed in the index. */
    public static List<String> index() {
        List<String> names = new ArrayList<>();
        for (String line : text(FOLDER + "index.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    private static List<ChallengeEntry> read() {
        List<ChallengeEntry> out = new ArrayList<>();
        for (String name : index()) {
            String resource = FOLDER + name;
            ChallengeLoad load = ChallengeReader.read(text(resource), name);
            if (!load.ok()) {
                // A shipped challenge that does not read is a bug that the tests catch.
                throw new IllegalStateException(resource + ": " + load.errors());
            }
            out.add(
                    new ChallengeEntry(
                            resource, load.challenge().orElseThrow(), load.start().orElseThrow()));
        }
        return List.copyOf(out);
    }

    private static String text(String resource) {
        try (InputStream in = ChallengeCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
