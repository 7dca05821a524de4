package dev.vpclab.walk;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.Lab;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** Golden scenario labs of the test resources, by file name. */
public final class Scenarios {
    private Scenarios() {}

    /** The lab of {@code scenarios/<name>.yaml} (or {@code scenarios-extra}). */
    public static Lab lab(String name) {
        URL url = Scenarios.class.getResource("/scenarios/" + name + ".yaml");
        if (url == null) {
            url = Scenarios.class.getResource("/scenarios-extra/" + name + ".yaml");
        }
        try {
            return LabReader.read(Path.of(Objects.requireNonNull(url, name).toURI()))
                    .lab()
                    .orElseThrow();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
