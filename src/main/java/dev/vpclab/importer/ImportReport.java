package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import did: each resource read, each one ignored (with why) and each value assumed
 * because the input left it out, with the file and JSON path it came from.
 */
public record ImportReport(List<Entry> entries) {
    public ImportReport {
        entries = List.copyOf(entries);
    }

    /** What happened to one input. */
    public enum Outcome {
        READ,
        IGNORED,
        ASSUMED
    }

    /** One line of the report. */
    public record Entry(Outcome outcome, String file, String jsonPath, Message message) {
        public Entry {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(jsonPath, "jsonPath");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The entries with one outcome. */
    public List<Entry> with(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).toList();
    }

    /** Collects entries while an import runs. */
    static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        void add(Outcome outcome, String file, String path, Message message) {
            entries.add(new Entry(outcome, file, path, message));
        }

        ImportReport build() {
            return new ImportReport(entries);
        }
    }
}
