package dev.vpclab.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The three importers behind one call, for the app (File &gt; Import, a file dropped on the
 * window): the format of a path told from what it is (a folder or zip is a describe export; a state
 * file has {@code values} and {@code format_version}; a template has {@code Resources}, or is
 * YAML), or chosen by the user.
 */
public final class Importers {
    private Importers() {}

    /** What a path holds. */
    public enum Format {
        /** A folder, a zip or a file of AWS describe JSON. */
        AWS,
        /** The JSON that {@code terraform show -json} prints. */
        TERRAFORM,
        /** A CloudFormation template, YAML or JSON. */
        CLOUDFORMATION
    }

    /** How much of a file is looked at to tell its format. */
    private static final int SNIFF_BYTES = 64 * 1024;

    /** The format of a path, from its kind, its name and its first bytes. */
    public static Format detect(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path) || lower.endsWith(".zip")) {
            return Format.AWS;
        }
        if (lower.endsWith(".yaml")
                || lower.endsWith(".yml")
                || lower.endsWith(".template")
                || lower.endsWith(".tfstate")) {
            return lower.endsWith(".tfstate") ? Format.TERRAFORM : Format.CLOUDFORMATION;
        }
        String head = head(path);
        if (head.contains("\"format_version\"") && head.contains("\"values\"")) {
            return Format.TERRAFORM;
        }
        if (head.contains("AWSTemplateFormatVersion") || head.contains("\"Resources\"")) {
            return Format.CLOUDFORMATION;
        }
        if (!head.stripLeading().startsWith("{")) {
            return Format.CLOUDFORMATION; // not JSON: a YAML template
        }
        return Format.AWS;
    }

    /** Imports a path in a format; {@code region} is used by templates only. */
    public static ImportResult importFrom(Path path, Format format, Optional<String> region)
            throws ImportFailure {
        return switch (format) {
            case AWS -> AwsDescribeImporter.importFrom(path);
            case TERRAFORM -> TerraformImporter.importFrom(path);
            case CLOUDFORMATION -> CloudFormationImporter.importFrom(path, region);
        };
    }

    private static String head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
