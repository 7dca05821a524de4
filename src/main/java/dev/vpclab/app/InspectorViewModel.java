package dev.vpclab.app;

import dev.vpclab.edit.ComponentFields;
import dev.vpclab.edit.EditAttempt;
import dev.vpclab.edit.LabEdit;
import dev.vpclab.edit.RuleEdits;
import dev.vpclab.edit.Selection;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the inspector shows and does: the fields of the one selected component (or of the lab when
 * nothing is selected), its routes or rules as tables, and the edits typed into them. Text AWS
 * would refuse is refused at the field: the methods return the reason to show there.
 */
public final class InspectorViewModel {
    /** A table of the inspector: its name, column keys and rows of cell texts. */
    public record Table(String name, List<String> columns, List<List<String>> rows) {}

    private final EditorViewModel vm;

    public InspectorViewModel(EditorViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /** The component the inspector shows. */
    public Optional<Component> selected() {
        return vm.selection().single().flatMap(id -> vm.lab().component(id));
    }

    public List<ComponentFields.Field> fields() {
        return selected().map(ComponentFields::fields).orElse(List.of());
    }

    /** Sets a field from text; empty when accepted, else the reason (shown at the field). */
    public Optional<String> setField(String field, String text) {
        Optional<Component> c = selected();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> current =
                fields().stream()
                        .filter(f -> f.name().equals(field))
                        .map(ComponentFields.Field::text)
                        .findFirst();
        if (current.isPresent() && current.get().equals(text.trim())) {
            return Optional.empty();
        }
        EditAttempt a = ComponentFields.set(vm.lab(), c.get().id(), field, text);
        if (a instanceof EditAttempt.Allowed allowed && field.equals("id")) {
            vm.apply(allowed.edit());
            vm.select(Selection.of(text.trim()));
            return Optional.empty();
        }
        return apply(a);
    }

    /** Sets the lab's description. */
    public void setDescription(String description) {
        if (!description.equals(vm.lab().description())) {
            vm.apply(
                    LabEdit.of(Message.of("edit.title"), l -> l.withTitle(l.title(), description)));
        }
    }

    /** Sets the lab's title. */
    public void setTitle(String title) {
        if (!title.equals(vm.lab().title())) {
            vm.apply(
                    LabEdit.of(Message.of("edit.title"), l -> l.withTitle(title, l.description())));
        }
    }

    /** The tables of the selected component (routes, or inbound and outbound rules). */
    public List<Table> tables() {
        Optional<Component> c = selected();
        if (c.isEmpty()) {
            return List.of();
        }
        if (c.get() instanceof RouteTable rt) {
            return List.of(
                    new Table(
                            "routes",
                            List.of("destination", "target"),
                            rt.routes().stream()
                                    .map(r -> List.of(r.destination().toString(), r.target()))
                                    .toList()));
        }
        if (c.get() instanceof SecurityGroup g) {
            return List.of(
                    new Table(
                            "inbound",
                            List.of("protocol", "ports", "source"),
                            g.inbound().stream().map(InspectorViewModel::sgRow).toList()),
                    new Table(
                            "outbound",
                            List.of("protocol", "ports", "destination"),
                            g.outbound().stream().map(InspectorViewModel::sgRow).toList()));
        }
        if (c.get() instanceof NetworkAcl a) {
            return List.of(
                    new Table(
                            "inbound",
                            List.of("rule", "action", "protocol", "ports", "cidr"),
                            a.inbound().stream().map(InspectorViewModel::naclRow).toList()),
                    new Table(
                            "outbound",
                            List.of("rule", "action", "protocol", "ports", "cidr"),
                            a.outbound().stream().map(InspectorViewModel::naclRow).toList()));
        }
        return List.of();
    }

    private static List<String> sgRow(SecurityGroupRule r) {
        return List.of(r.protocol().toString(), r.ports().toString(), r.peer().toString());
    }

    private static List<String> naclRow(NaclRule r) {
        return List.of(
                Integer.toString(r.number()),
                r.action().toString(),
                r.protocol().toString(),
                r.ports().toString(),
                r.cidr().toString());
    }

    /**
     * Sets row {@code index} of a table (index = size adds a row) from its cells; empty when
     * accepted, else the reason.
     */
    public Optional<String> setRow(String table, int index, List<String> cells) {
        Optional<Component> c = selected();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        String id = c.get().id();
        EditAttempt a;
        if (c.get() instanceof RouteTable) {
            a = RuleEdits.setRoute(vm.lab(), id, index, cells.get(0), cells.get(1));
        } else if (c.get() instanceof SecurityGroup) {
            a =
                    RuleEdits.setSecurityGroupRule(
                            vm.lab(),
                            id,
                            table.equals("inbound"),
                            index,
                            cells.get(0),
                            cells.get(1),
                            cells.get(2));
        } else if (c.get() instanceof NetworkAcl) {
            a =
                    RuleEdits.setNaclRule(
                            vm.lab(),
                            id,
                            table.equals("inbound"),
                            index,
                            cells.get(0),
                            cells.get(1),
                            cells.get(2),
                            cells.get(3),
                            cells.get(4));
        } else {
            return Optional.empty();
        }
        return apply(a);
    }

    /** Removes row {@code index} of a table. */
    public Optional<String> removeRow(String table, int index) {
        Optional<Component> c = selected();
        if (c.isEmpty()) {
            return Optional.empty();
        }
        String id = c.get().id();
        EditAttempt a =
                c.get() instanceof RouteTable
                        ? RuleEdits.removeRoute(vm.lab(), id, index)
                        : c.get() instanceof SecurityGroup
                                ? RuleEdits.removeSecurityGroupRule(
                                        vm.lab(), id, table.equals("inbound"), index)
                                : RuleEdits.removeNaclRule(
                                        vm.lab(), id, table.equals("inbound"), index);
        return apply(a);
    }

    private Optional<String> apply(EditAttempt a) {
        if (a instanceof EditAttempt.Refused r) {
            String reason = vm.text().render(r.reason());
            vm.setStatus(reason);
            return Optional.of(reason);
        }
        vm.apply(((EditAttempt.Allowed) a).edit());
        return Optional.empty();
    }

    /** Routes, for tests. */
    List<Route> routes() {
        return selected()
                .filter(RouteTable.class::isInstance)
                .map(c -> ((RouteTable) c).routes())
                .orElse(List.of());
    }
}
