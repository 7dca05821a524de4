package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.model.Lab;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving writes the documented layout and never leaves a half-written lab behind. */
class LabWriterTest {

    private static Lab scenario(String name) {
        return LabReader.read(ScenarioFilesTest.scenarioDir().resolve(name)).lab().orElseThrow();
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void savesYamlAndReadsBackTheSameLab(@TempDir Path dir) throws IOException {
        Lab lab = scenario("s3-private-subnet-via-nat-gateway.yaml");
        Path file = dir.resolve("lab.yaml");

        LabWriter.write(lab, file);

        assertThat(Files.readString(file)).startsWith("format: vpclab/1\ntitle: ");
        assertThat(LabReader.read(file).lab()).contains(lab);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void anInstanceConnectEndpointAndAFlowThroughItReadBackTheSame(@TempDir Path dir)
            throws IOException {
        Path source =
                ScenarioFilesTest.scenarioDir()
                        .resolveSibling("scenarios-extra")
                        .resolve("eice-preserve-client-ip-sg-admits-endpoint-ip-only-fails.yaml");
        Lab lab = LabReader.read(source).lab().orElseThrow();
        Path file = dir.resolve("lab.yaml");

        LabWriter.write(lab, file);

        String text = Files.readString(file);
        assertThat(text).contains("preserveClientIp: true").contains("via: eice-main");
        assertThat(LabReader.read(file).lab()).contains(lab);
        assertThat(lab.query().orElseThrow().via()).contains("eice-main");
    }

    @Test
    void theNextSaveRemovesTemporariesAKilledSaveLeftButNotAFreshOneOrAnotherLabs(@TempDir Path dir)
            throws IOException {
        Lab lab = scenario("s3-private-subnet-via-nat-gateway.yaml");
        Path file = dir.resolve("lab.yaml");
        Path killed = Files.writeString(dir.resolve(".lab.yaml.123456.tmp"), "format: vpc");
        Path running = Files.writeString(dir.resolve(".lab.yaml.654321.tmp"), "format: vpc");
        Path otherLab = Files.writeString(dir.resolve(".other.yaml.777.tmp"), "format: vpc");
        java.nio.file.attribute.FileTime old =
                java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minus(LabWriter.STALE_TEMPORARY.multipliedBy(2)));
        Files.setLastModifiedTime(killed, old);
        Files.setLastModifiedTime(otherLab, old);

        LabWriter.write(lab, file);

        assertThat(filesIn(dir)).containsExactlyInAnyOrder(file, running, otherLab);
    }

    @Test
    void aJsonFileNameSavesJson(@TempDir Path dir) throws IOException {
        Lab lab = scenario("vpc-peering-basic-works.yaml");
        Path file = dir.resolve("lab.json");

        LabWriter.write(lab, file);

        assertThat(Files.readString(file)).startsWith("{").contains("\"format\" : \"vpclab/1\"");
        assertThat(LabReader.read(file).lab()).contains(lab);
    }

    @Test
    void topLevelKeysComeInTheDocumentedOrderThenTheExtras() {
        String yaml = LabWriter.toYaml(scenario("vpc-peering-basic-works.yaml"));

        List<String> keys =
                yaml.lines()
                        .filter(l -> !l.isEmpty() && Character.isLetter(l.charAt(0)))
                        .map(l -> l.substring(0, l.indexOf(':')))
                        .toList();
        assertThat(keys)
                .startsWith("format", "title", "region", "components", "query")
                .contains("expect", "rules", "source", "name");
    }

    @Test
    void aFailureMidwayLeavesTheOldFileByteIdenticalAndNoTemporaryFile(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("lab.yaml");
        byte[] old = "format: vpclab/1\ntitle: the old lab\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);
        LabWriter.ByteSink failsHalfway =
                (channel, bytes) -> {
                    channel.write(ByteBuffer.wrap(bytes, 0, bytes.length / 2));
                    throw new IOException("disk full");
                };

        assertThatThrownBy(
                        () ->
                                LabWriter.write(
                                        scenario("vpc-peering-basic-works.yaml"),
                                        file,
                                        failsHalfway))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("disk full");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void aMissingFolderIsAClearIoException(@TempDir Path dir) {
        Path file = dir.resolve("no-such-folder").resolve("lab.yaml");

        assertThatThrownBy(() -> LabWriter.write(Lab.empty("x", "us-east-1"), file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Could not save " + file);
    }

    @Test
    void theSavedFileKeepsThePermissionsOfTheOldOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, "old");
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, perms);

        LabWriter.write(Lab.empty("x", "us-east-1"), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(perms);
    }

    @Test
    void listsSharedBetweenComponentsAreWrittenInFullWithoutAliases() {
        // Two subnets sharing one list object (as records built by code often do) must not
        // become a YAML anchor and alias: the reader limits aliases, so the file would not open.
        java.util.List<dev.vpclab.model.Component> components = new java.util.ArrayList<>();
        java.util.List<String> shared = java.util.List.of("sg-a");
        for (int i = 0; i < 80; i++) {
            components.add(
                    new dev.vpclab.model.SecurityGroup(
                            "sg-" + i, "vpc-a", false, java.util.List.of(), java.util.List.of()));
            components.add(
                    new dev.vpclab.model.Instance(
                            "i-" + i,
                            "subnet-a",
                            dev.vpclab.net.IpAddress.ofV4(0x0A000010L + i),
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            shared,
                            java.util.Optional.empty()));
        }
        Lab lab = Lab.empty("shared lists", "us-east-1").withComponents(components);

        String yaml = LabWriter.toYaml(lab);

        assertThat(yaml).doesNotContain("&id").doesNotContain("*id");
        assertThat(LabReader.read(yaml, "shared.yaml").lab()).contains(lab);
    }
}
