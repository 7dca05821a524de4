package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pasting components whose records hold ids of their own (a transit gateway's route tables, a load
 * balancer's target groups) gives those fresh ids too, so the saved lab reopens without duplicate
 * ids, and the pasted copies refer to their own nested objects.
 */
class PasteNestedIdsTest {

    @Test
    void pastedTransitGatewayGetsItsOwnRouteTablesAndItsAttachmentsUseThem() {
        Lab lab = read("transit-gateway-hub.yaml");
        Set<String> chosen =
                lab.components().stream()
                        .filter(
                                c ->
                                        c instanceof TransitGateway
                                                || c instanceof TransitGatewayAttachment)
                        .map(Component::id)
                        .collect(Collectors.toSet());
        Clipboard.Paste paste = Clipboard.paste(lab, Clipboard.copy(lab, chosen), 400, 0);
        Lab after = paste.edit().apply(lab);

        assertReopensWithoutNewErrors(lab, after);
        TransitGateway original = after.component("tgw-main", TransitGateway.class).orElseThrow();
        TransitGateway copy =
                paste.newIds().stream()
                        .flatMap(id -> after.component(id, TransitGateway.class).stream())
                        .findFirst()
                        .orElseThrow();
        Set<String> originalTables = tableIds(original);
        assertThat(tableIds(copy))
                .hasSameSizeAs(originalTables)
                .doesNotContainAnyElementsOf(originalTables);
        for (String id : paste.newIds()) {
            after.component(id, TransitGatewayAttachment.class)
                    .ifPresent(
                            a -> {
                                assertThat(a.transitGateway()).isEqualTo(copy.id());
                                assertThat(tableIds(copy)).contains(a.routeTable());
                            });
        }
    }

    @Test
    void pastedLoadBalancerGetsFreshTargetGroupsAndItsListenersFollow() {
        Lab lab = read("default.yaml");
        NetworkLoadBalancer nlb =
                lab.components().stream()
                        .filter(NetworkLoadBalancer.class::isInstance)
                        .map(NetworkLoadBalancer.class::cast)
                        .findFirst()
                        .orElseThrow();
        Clipboard.Paste paste = Clipboard.paste(lab, Clipboard.copy(lab, Set.of(nlb.id())), 0, 200);
        Lab after = paste.edit().apply(lab);

        assertReopensWithoutNewErrors(lab, after);
        NetworkLoadBalancer copy =
                after.component(paste.newIds().get(0), NetworkLoadBalancer.class).orElseThrow();
        Set<String> groups =
                copy.targetGroups().stream()
                        .map(NetworkLoadBalancer.TargetGroup::id)
                        .collect(Collectors.toSet());
        assertThat(groups)
                .doesNotContainAnyElementsOf(
                        nlb.targetGroups().stream()
                                .map(NetworkLoadBalancer.TargetGroup::id)
                                .toList());
        assertThat(copy.listeners()).allSatisfy(l -> assertThat(groups).contains(l.targetGroup()));
    }

    private static Set<String> tableIds(TransitGateway t) {
        return t.routeTables().stream()
                .map(TransitGateway.RouteTableEntry::id)
                .collect(Collectors.toSet());
    }

    private static Lab read(String name) {
        return LabReader.read(Path.of("assets/labs", name)).lab().orElseThrow();
    }

    static void assertReopensWithoutNewErrors(Lab before, Lab after) {
        LoadResult reopened = LabReader.read(LabWriter.toYaml(after), "pasted.yaml");
        assertThat(reopened.errors()).as("errors on reopen").isEmpty();
        Set<String> old = errorCodes(before);
        List<String> fresh =
                errorCodes(reopened.lab().orElseThrow()).stream()
                        .filter(c -> !old.contains(c))
                        .toList();
        assertThat(fresh).as("new check errors").isEmpty();
    }

    private static Set<String> errorCodes(Lab lab) {
        return LabChecker.check(lab).stream()
                .filter(Problem::isError)
                .map(Problem::code)
                .collect(Collectors.toSet());
    }
}
