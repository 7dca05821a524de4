package dev.vpclab.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.check.LabChecker;
import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.IpAddress;
import dev.vpclab.routing.PacketTracer;
import dev.vpclab.routing.Trace;
import dev.vpclab.routing.Tracer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabGeneratorTest {

    @ParameterizedTest
    @ValueSource(ints = {100, 1000, 10000})
    void sizeIsWithinATenthOfTheTarget(int target) {
        Lab lab = LabGenerator.generate(target, 42);
        assertThat(lab.components().size()).isBetween(target * 9 / 10, target * 11 / 10);
    }

    @Test
    void sameSeedGivesTheSameLabAndAnotherSeedAnotherLab() {
        assertThat(LabGenerator.generate(500, 7)).isEqualTo(LabGenerator.generate(500, 7));
        assertThat(LabGenerator.generate(500, 7).components())
                .isNotEqualTo(LabGenerator.generate(500, 8).components());
    }

    @Test
    void idsAreUniqueAndVpcCidrsDoNotOverlap() {
        Lab lab = LabGenerator.generate(3000, 1);
        Set<String> ids = new HashSet<>();
        for (Component c : lab.components()) {
            assertThat(ids.add(c.id())).as("duplicate id " + c.id()).isTrue();
        }
        List<Vpc> vpcs = lab.all(Vpc.class).toList();
        assertThat(vpcs).hasSizeGreaterThan(100);
        for (int i = 0; i < vpcs.size(); i++) {
            for (int j = i + 1; j < vpcs.size(); j++) {
                assertThat(vpcs.get(i).cidr().overlaps(vpcs.get(j).cidr())).isFalse();
            }
        }
    }

    @Test
    void everyKindOfConnectionIsThere() {
        Lab lab = LabGenerator.generate(1000, 3);
        assertThat(lab.all(NatGateway.class)).isNotEmpty();
        assertThat(lab.all(GatewayEndpoint.class)).isNotEmpty();
        assertThat(lab.all(InterfaceEndpoint.class).filter(InterfaceEndpoint::privateDns))
                .isNotEmpty();
        assertThat(lab.all(InterfaceEndpoint.class).filter(e -> e.service().equals("vpce-svc-lab")))
                .isNotEmpty();
        assertThat(lab.all(EndpointService.class)).hasSize(1);
        assertThat(lab.all(NetworkLoadBalancer.class)).hasSize(1);
        assertThat(lab.all(VpcPeering.class)).isNotEmpty();
        assertThat(lab.all(TransitGatewayAttachment.class)).hasSizeGreaterThan(1);
        assertThat(lab.all(VpnConnection.class)).hasSize(1);
        assertThat(lab.component("s3-use1")).isPresent();
        assertThat(lab.component("pl-s3-use1")).isPresent();
        assertThat(lab.flows()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void addressesSitInTheirSubnetsAndAreNeverReused() {
        Lab lab = LabGenerator.generate(2000, 11);
        Set<IpAddress> used = new HashSet<>();
        for (Instance i : lab.all(Instance.class).toList()) {
            Subnet subnet = lab.component(i.subnet(), Subnet.class).orElseThrow();
            assertThat(subnet.cidr().contains(i.privateIp())).as(i.id()).isTrue();
            assertThat(used.add(i.privateIp())).as(i.id()).isTrue();
        }
        for (InterfaceEndpoint e : lab.all(InterfaceEndpoint.class).toList()) {
            e.enis().forEach(eni -> assertThat(used.add(eni.ip())).as(eni.id()).isTrue());
        }
    }

    @Test
    void everyReferenceOfSubnetsRoutesAndFlowsResolves() {
        Lab lab = LabGenerator.generate(1000, 5);
        for (Subnet s : lab.all(Subnet.class).toList()) {
            assertThat(lab.component(s.routeTable(), RouteTable.class)).as(s.id()).isPresent();
            assertThat(lab.component(s.nacl())).as(s.id()).isPresent();
            assertThat(lab.component(s.vpc(), Vpc.class)).as(s.id()).isPresent();
        }
        for (RouteTable t : lab.all(RouteTable.class).toList()) {
            t.routes().stream()
                    .filter(r -> !r.isLocal())
                    .forEach(
                            r ->
                                    assertThat(lab.component(r.target()))
                                            .as(t.id() + " " + r)
                                            .isPresent());
            assertThat(t.routes().get(0).isLocal()).isTrue();
        }
        Set<String> names =
                lab.all(InterfaceEndpoint.class)
                        .flatMap(e -> e.regionalDnsName().stream())
                        .collect(Collectors.toSet());
        lab.flows()
                .forEach(
                        f -> {
                            assertThat(lab.component(f.from())).as(f.name().orElse("")).isPresent();
                            assertThat(
                                            lab.component(f.to()).isPresent()
                                                    || f.to().endsWith(".amazonaws.com")
                                                    || names.contains(f.to()))
                                    .as(f.to())
                                    .isTrue();
                        });
    }

    @Test
    void theCheckerFindsNoErrorInAGeneratedLab() {
        for (int size : new int[] {100, 2000}) {
            Lab lab = LabGenerator.generate(size, 99);
            assertThat(
                            LabChecker.check(lab).stream()
                                    .filter(Problem::isError)
                                    .map(Problem::toString))
                    .as("size " + size)
                    .isEmpty();
        }
    }

    @Test
    void aLargeGeneratedLabIsWrittenWithoutAliasesAndReadsBackClean() {
        String yaml = LabWriter.toYaml(LabGenerator.generate(10000, 1));
        assertThat(yaml).doesNotContain("&id0");
        LoadResult read = LabReader.read(yaml, "generated.yaml");
        assertThat(read.problems().stream().map(Problem::toString)).isEmpty();
        assertThat(read.ok()).isTrue();
    }

    @Test
    void everySavedFlowOfAGeneratedLabArrives() {
        Lab lab = LabGenerator.generate(1000, 42);
        PacketTracer tracer = Tracer.of(lab);
        for (Flow flow : lab.flows()) {
            Trace trace = tracer.trace(flow);
            assertThat(trace.reachable())
                    .as(flow.name().orElse("") + ": " + trace.blockedAt())
                    .isTrue();
        }
    }

    @Test
    void refusesSizesItCannotBuild() {
        assertThatThrownBy(() -> LabGenerator.generate(5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 40 and 60000");
    }
}
