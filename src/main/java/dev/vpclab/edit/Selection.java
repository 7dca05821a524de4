package dev.vpclab.edit;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The ids of the selected components, in the order they were selected. Immutable and never part of
 * the lab: a new selection replaces the old one as a whole.
 */
public record Selection(Set<String> ids) {
    public Selection {
        ids = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }

    public static Selection empty() {
        return new Selection(Set.of());
    }

    public static Selection of(String... ids) {
        return new Selection(new LinkedHashSet<>(Arrays.asList(ids)));
    }

    public static Selection of(Collection<String> ids) {
        return new Selection(new LinkedHashSet<>(ids));
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public int size() {
        return ids.size();
    }

    /** The one selected id when exactly one is selected (the inspector shows it). */
    public Optional<String> single() {
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    /** Shift-click: adds the id, or removes it when already selected. */
    public Selection toggle(String id) {
        Set<String> next = new LinkedHashSet<>(ids);
        if (!next.remove(id)) {
            next.add(id);
        }
        return new Selection(next);
    }

    /** The selection without ids that are not in {@code existing} (after a delete or undo). */
    public Selection retainAll(Set<String> existing) {
        Set<String> next = new LinkedHashSet<>(ids);
        next.retainAll(existing);
        return next.size() == ids.size() ? this : new Selection(next);
    }
}
