package dev.vpclab.check;

import java.util.Objects;

/** A place in a lab file: the file name, a 1-based line and a 1-based column. */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
