package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.KindDescriptor;
import dev.vpclab.model.Lab;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.ResolverEndpoint;
import dev.vpclab.model.ResolverRule;
import dev.vpclab.net.IpAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The palette offers the DNS kinds, new ones get console defaults, the inspector edits them. */
class DnsComponentsTest {
    private static Lab hybrid() {
        return LabReader.read(Path.of("assets/labs/hybrid-dns.yaml")).lab().orElseThrow();
    }

    @Test
    void thePaletteOffersTheDnsKinds() {
        assertThat(KindDescriptor.PaletteGroup.ENDPOINTS.kinds())
                .contains(
                        ComponentKind.RESOLVER_ENDPOINT,
                        ComponentKind.RESOLVER_RULE,
                        ComponentKind.PRIVATE_HOSTED_ZONE);
        assertThat(KindDescriptor.PaletteGroup.OUTSIDE.kinds())
                .contains(ComponentKind.ON_PREMISES_RESOLVER);
        // After the endpoints, as the console lists Route 53 after VPC endpoints.
        List<ComponentKind> endpoints = KindDescriptor.PaletteGroup.ENDPOINTS.kinds();
        assertThat(endpoints.indexOf(ComponentKind.RESOLVER_ENDPOINT))
                .isGreaterThan(endpoints.indexOf(ComponentKind.INTERFACE_ENDPOINT));
    }

    @Test
    void aNewResolverEndpointGetsTwoFreeAddressesOfItsSubnet() {
        Lab lab = hybrid();
        var draft =
                NewComponents.create(
                        lab, ComponentKind.RESOLVER_ENDPOINT, Optional.of("subnet-private-a"));
        assertThat(draft.refusal()).isEmpty();
        ResolverEndpoint e = (ResolverEndpoint) draft.components().get(0);
        assertThat(e.ipAddresses()).hasSize(2);
        assertThat(e.ipAddresses())
                .extracting(ResolverEndpoint.Address::ip)
                .doesNotContainAnyElementsOf(AddressPlan.usedAddresses(lab))
                .doesNotHaveDuplicates();
        assertThat(e.vpc()).isEqualTo("vpc-main");
    }

    @Test
    void aNewRuleGoesThroughTheOutboundEndpointToTheOnPremisesResolver() {
        Lab lab = hybrid();
        ResolverRule r =
                (ResolverRule)
                        NewComponents.create(lab, ComponentKind.RESOLVER_RULE, Optional.empty())
                                .components()
                                .get(0);
        assertThat(r.resolverEndpoint()).contains("rslvr-out-main");
        assertThat(r.targetIps()).containsExactly(IpAddress.parse("192.168.0.2"));
        Lab empty = Lab.empty("t", "us-east-1");
        assertThat(
                        NewComponents.create(empty, ComponentKind.RESOLVER_RULE, Optional.empty())
                                .refusal())
                .isPresent();
    }

    @Test
    void theInspectorEditsDirectionRuleTypeAndTargetAddresses() {
        Lab lab = hybrid();
        var fields =
                ComponentFields.fields(lab.component("rslvr-rr-corp").orElseThrow()).stream()
                        .filter(f -> List.of("ruleType", "targetIps").contains(f.name()))
                        .toList();
        assertThat(fields)
                .extracting(ComponentFields.Field::type)
                .containsExactly(
                        ComponentFields.FieldType.CHOICE, ComponentFields.FieldType.ADDRESS_LIST);
        Lab after =
                ComponentFields.set(lab, "rslvr-rr-corp", "targetIps", "192.168.0.2, 192.168.0.3")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(after.component("rslvr-rr-corp", ResolverRule.class).orElseThrow().targetIps())
                .hasSize(2);
        Lab outbound =
                ComponentFields.set(lab, "rslvr-in-main", "direction", "outbound")
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
        assertThat(
                        outbound.component("rslvr-in-main", ResolverEndpoint.class)
                                .orElseThrow()
                                .direction())
                .isEqualTo(ResolverEndpoint.Direction.OUTBOUND);
        assertThat(ComponentFields.set(lab, "rslvr-in-main", "direction", "sideways").refusal())
                .isPresent();
    }

    @Test
    void deletingTheOnPremisesNetworkTakesItsResolver() {
        Lab lab = hybrid();
        assertThat(Deletion.plan(lab, java.util.Set.of("onprem-dc"))).contains("dns-onprem");
        assertThat(lab.all(OnPremisesResolver.class)).hasSize(1);
    }
}
