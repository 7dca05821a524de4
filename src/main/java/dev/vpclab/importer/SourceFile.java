package dev.vpclab.importer;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One JSON file of an export folder: its path inside the folder (as the report names it), its text
 * and the Region and account its place in the folder says ({@code DIR/<region>/x.json}, {@code
 * DIR/accounts/<account-id>/<region>/x.json}); a file directly in the folder has neither.
 */
record SourceFile(String name, String text, Optional<String> region, Optional<String> account) {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(account, "account");
    }

    /** A file, its Region and account read from the folders of its relative path. */
    static SourceFile at(String relativePath, String text) {
        String[] parts = relativePath.replace('\\', '/').split("/");
        Optional<String> region = Optional.empty();
        Optional<String> account = Optional.empty();
        if (parts.length >= 2 && REGION.matcher(parts[parts.length - 2]).matches()) {
            region = Optional.of(parts[parts.length - 2]);
            if (parts.length >= 4
                    && ACCOUNT.matcher(parts[parts.length - 3]).matches()
                    && parts[parts.length - 4].equals("accounts")) {
                account = Optional.of(parts[parts.length - 3]);
            }
        }
        return new SourceFile(relativePath.replace('\\', '/'), text, region, account);
    }

    /** True for a Region name such as {@code eu-west-1}. */
    static boolean isRegion(String text) {
        return REGION.matcher(text).matches();
    }
}
