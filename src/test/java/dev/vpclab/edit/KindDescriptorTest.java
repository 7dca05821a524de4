package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.ProblemCodes;
import dev.vpclab.format.LabReader;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Reference;
import dev.vpclab.model.ReferenceField;
import dev.vpclab.model.ReferenceField.Check;
import dev.vpclab.model.ReferenceField.OnDelete;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The descriptor of each kind is complete, and the checker, delete and rename do to each reference
 * what its field says, on every example lab.
 */
class KindDescriptorTest {
    // Fields whose value may equal another component's id but is a name: a gateway endpoint's
    // service (s3) names an AWS service, as does an AWS service's own service name.
    private static final Set<String> NAMES =
            Set.of("gatewayEndpoint.service", "awsService.service");

    /** A reference with the component holding it. */
    private record Held(Component owner, Reference ref) {
        String what() {
            return owner.id() + "." + ref.path() + " -> " + ref.target();
        }
    }

    static Stream<Path> exampleLabs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("assets/labs"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void everyKindHasACompleteDescriptorOfItsOwnRecord() {
        Set<Class<?>> types = new HashSet<>();
        for (ComponentKind k : ComponentKind.values()) {
            KindDescriptor d = KindDescriptor.of(k);
            assertThat(d.kind()).isEqualTo(k);
            assertThat(types.add(d.type())).as(k + " has its own record").isTrue();
            Set<String> components =
                    Arrays.stream(d.type().getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.toSet());
            for (ReferenceField f : d.fields()) {
                assertThat(components)
                        .as(k.fileName() + "." + f.path() + " is a field of the record")
                        .contains(f.recordComponent());
                assertThat(f.targets()).as(f.path() + " points somewhere").isNotEmpty();
            }
            // A component in a container names it through one of its declared fields.
            assertThat(d.parentPaths().isEmpty())
                    .as(k + ": parent fields exactly when it sits in a container")
                    .isEqualTo(d.parentKind().isEmpty());
            for (String p : d.parentPaths()) {
                assertThat(d.fields()).extracting(ReferenceField::path).contains(p);
            }
            assertThat(d.palette().kinds()).as(k + " is in its palette group").contains(k);
        }
        assertThat(types).containsExactlyInAnyOrder(Component.class.getPermittedSubclasses());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleLabs")
    void everyIdAComponentHoldsIsInADeclaredField(Path file) {
        Lab lab = load(file);
        Map<String, ComponentKind> kinds = new HashMap<>();
        lab.components().forEach(c -> kinds.putIfAbsent(c.id(), c.kind()));
        for (Component c : lab.components()) {
            KindDescriptor d = KindDescriptor.of(c);
            assertThat(d.type()).isEqualTo(c.getClass());
            for (RecordComponent rc : c.getClass().getRecordComponents()) {
                String where = c.kind().fileName() + "." + rc.getName();
                if (rc.getName().equals("id") || NAMES.contains(where)) {
                    continue;
                }
                for (String s : References.strings(References.read(rc, c))) {
                    ComponentKind target = kinds.get(s);
                    if (target != null && !s.equals(c.id())) {
                        assertThat(d.fieldsIn(rc.getName()))
                                .as(c.id() + " " + where + " names " + s + " (" + target + ")")
                                .anyMatch(f -> f.mayPointTo(target));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleLabs")
    void theCheckerReportsARequiredReferenceWhoseTargetIsMissing(Path file) {
        Lab lab = load(file);
        for (Held h : firstOfEachField(lab)) {
            if (h.ref().field().check() != Check.REQUIRED) {
                continue;
            }
            Component target = lab.component(h.ref().target()).orElseThrow();
            assertThat(h.ref().field().mayPointTo(target.kind())).as(h.what()).isTrue();
            List<Component> without = new ArrayList<>(lab.components());
            without.remove(target);
            assertThat(LabChecker.check(lab.withComponents(without)))
                    .as("check without the target of " + h.what())
                    .anyMatch(
                            p ->
                                    p.code().equals(ProblemCodes.DANGLING_REFERENCE)
                                            && p.component().equals(Optional.of(h.owner().id()))
                                            && p.field().equals(Optional.of(h.ref().path())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleLabs")
    void deleteDoesToEachReferenceWhatItsFieldSays(Path file) {
        Lab lab = load(file);
        // Per field, the first reference whose target may be deleted (a main route table or a
        // default ACL is refused, and only a kind whose rule says so may refuse).
        Set<ReferenceField> done = new HashSet<>();
        for (Held h : allReferences(lab)) {
            if (done.contains(h.ref().field())) {
                continue;
            }
            Set<String> target = Set.of(h.ref().target());
            OnDelete effect = h.ref().field().onDelete();
            String what = "deleting the target of " + h.what() + " (" + effect + ")";
            EditAttempt attempt = DeletionGuard.attempt(lab, target);
            boolean wouldAddAnError =
                    attempt.refusal()
                            .map(m -> m.key().equals("edit.refused.newError"))
                            .orElse(false);
            if (wouldAddAnError) {
                // EditGuard: AWS refuses what would leave a broken lab (an NLB in use by an
                // endpoint service); not the delete rule's business.
                continue;
            }
            if (attempt.allowedEdit().isEmpty()) {
                Component t = lab.component(h.ref().target()).orElseThrow();
                assertThat(KindDescriptor.of(t).deleteRule())
                        .as(what + " is refused")
                        .isNotEqualTo(KindDescriptor.DeleteRule.ALLOWED);
                continue;
            }
            done.add(h.ref().field());
            if (effect == OnDelete.CASCADE) {
                assertThat(Deletion.plan(lab, target)).as(what).contains(h.owner().id());
                continue;
            }
            Lab after = attempt.allowedEdit().get().apply(lab);
            Component kept = after.component(h.owner().id()).orElseThrow(AssertionError::new);
            boolean stillNamed =
                    KindDescriptor.referencesOf(kept).stream()
                            .anyMatch(
                                    r ->
                                            r.field() == h.ref().field()
                                                    && r.target().equals(h.ref().target()));
            assertThat(stillNamed).as(what).isEqualTo(effect == OnDelete.KEEP);
            // What a delete leaves behind never dangles: a kept name is not a checked reference.
            assertThat(LabChecker.check(after))
                    .as(what + " leaves no dangling reference")
                    .noneMatch(
                            p ->
                                    p.code().equals(ProblemCodes.DANGLING_REFERENCE)
                                            && p.component().equals(Optional.of(kept.id())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleLabs")
    void renameRewritesEachReference(Path file) {
        Lab lab = load(file);
        for (Held h : firstOfEachField(lab)) {
            String fresh = h.ref().target() + "-renamed";
            Lab after =
                    ComponentFields.rename(lab, h.ref().target(), fresh)
                            .allowedEdit()
                            .orElseThrow()
                            .apply(lab);
            Component owner = after.component(h.owner().id()).orElseThrow();
            assertThat(KindDescriptor.referencesOf(owner))
                    .as("renaming the target of " + h.what())
                    .contains(new Reference(h.ref().field(), h.ref().path(), fresh));
        }
    }

    private static Lab load(Path file) {
        return LabReader.read(file).lab().orElseThrow();
    }

    /**
     * The first reference of each declared field whose target is another component of the lab (and
     * which is not a container's own component renamed with it), to keep the test fast.
     */
    private static List<Held> firstOfEachField(Lab lab) {
        Map<ReferenceField, Held> first = new LinkedHashMap<>();
        for (Held h : allReferences(lab)) {
            first.putIfAbsent(h.ref().field(), h);
        }
        return List.copyOf(first.values());
    }

    /** Every reference whose target is another component of the lab, in lab order. */
    private static List<Held> allReferences(Lab lab) {
        List<Held> out = new ArrayList<>();
        for (Component c : lab.components()) {
            for (Reference r : KindDescriptor.referencesOf(c)) {
                if (!r.target().equals(c.id()) && lab.component(r.target()).isPresent()) {
                    out.add(new Held(c, r));
                }
            }
        }
        return out;
    }
}
