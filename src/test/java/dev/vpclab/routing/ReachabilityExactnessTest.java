package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.format.LabReader;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Instance;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matrix computed over classes of sources and destinations equals, cell for cell (verdict,
 * reason, blocking component and every other field of the cell), the matrix traced pair by pair: on
 * every example lab, every scenario lab, and generated labs whose rules are randomised so that
 * sources of one subnet differ (extra security groups in either order, public addresses, roles,
 * NACL and security-group rules naming single addresses and small blocks).
 */
class ReachabilityExactnessTest {

    static Stream<Path> labFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir :
                List.of(
                        "assets/labs",
                        "src/test/resources/scenarios",
                        "src/test/resources/scenarios-extra")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml"))
                        .filter(p -> !p.getFileName().toString().startsWith("_"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labFiles")
    void everyExampleAndScenarioLabGivesThePairwiseMatrix(Path file) {
        Lab lab = LabReader.read(file).lab().orElseThrow();
        assertExact(lab, Protocol.TCP, ReachabilityMatrix.DEFAULT_PORT);
        Optional<Flow> query = lab.query();
        if (query.isPresent() && query.get().protocol().hasPorts()) {
            assertExact(lab, query.get().protocol(), query.get().destinationPort());
        }
    }

    static Stream<Object[]> generated() {
        return Stream.of(
                new Object[] {100, 1L},
                new Object[] {150, 7L},
                new Object[] {200, 42L},
                new Object[] {250, 3L},
                new Object[] {300, 11L});
    }

    @ParameterizedTest(name = "{0} components, seed {1}")
    @MethodSource("generated")
    void generatedLabsWithRandomisedRulesGiveThePairwiseMatrix(int components, long seed) {
        Lab lab = randomised(LabGenerator.generate(components, seed), new Random(seed));
        assertExact(lab, Protocol.TCP, 443);
        assertExact(lab, Protocol.UDP, 53);
    }

    @Test
    void classesShareTracesOnAGeneratedLab() {
        Lab lab = LabGenerator.generate(300, 42);
        List<String> sources = ReachabilityMatrix.sources(lab);
        List<String> targets = ReachabilityMatrix.destinations(lab);
        java.util.Set<String> ends = new java.util.LinkedHashSet<>(sources);
        ends.addAll(targets);
        ClassMatrix matrix =
                new ClassMatrix(
                        lab,
                        Tracer.of(lab),
                        Protocol.TCP,
                        443,
                        ReachClasses.of(lab, ends),
                        targets);
        int[] cells = new int[1];
        matrix.stream(sources, id -> true, c -> cells[0]++);
        assertThat(cells[0]).isEqualTo(sources.size() * targets.size() - sources.size());
        assertThat(matrix.traces()).isLessThan(cells[0] / 3);
    }

    private static void assertExact(Lab lab, Protocol protocol, int port) {
        PacketTracer tracer = Tracer.of(lab);
        List<ReachabilityMatrix.Cell> classed = new ArrayList<>();
        ReachabilityMatrix.stream(
                lab, tracer, protocol, port, id -> true, id -> true, classed::add);
        List<ReachabilityMatrix.Cell> pairwise = new ArrayList<>();
        ReachabilityMatrix.streamPairwise(
                lab, tracer, protocol, port, id -> true, id -> true, pairwise::add);
        assertThat(classed).hasSameSizeAs(pairwise);
        List<String> verdicts = new ArrayList<>();
        ReachabilityMatrix.streamVerdicts(
                lab,
                tracer,
                protocol,
                port,
                id -> true,
                id -> true,
                (from, to, reachable, network) ->
                        verdicts.add(from + " -> " + to + " " + reachable + " " + network));
        assertThat(verdicts)
                .as("verdicts alone, as --summary counts them")
                .containsExactlyElementsOf(
                        pairwise.stream()
                                .map(
                                        c ->
                                                c.from()
                                                        + " -> "
                                                        + c.to()
                                                        + " "
                                                        + c.reachable()
                                                        + " "
                                                        + c.networkReachable())
                                .toList());
        for (int i = 0; i < pairwise.size(); i++) {
            ReachabilityMatrix.Cell want = pairwise.get(i);
            ReachabilityMatrix.Cell got = classed.get(i);
            String pair = want.from() + " -> " + want.to() + " (" + protocol + " " + port + ")";
            assertThat(got.reachable()).as(pair + " reachable").isEqualTo(want.reachable());
            assertThat(got.blockedAt().map(b -> b.reason()))
                    .as(pair + " reason")
                    .isEqualTo(want.blockedAt().map(b -> b.reason()));
            assertThat(got.blockedAt().map(b -> b.component()))
                    .as(pair + " blocked at")
                    .isEqualTo(want.blockedAt().map(b -> b.component()));
            assertThat(got).as(pair + " whole cell").isEqualTo(want);
        }
    }

    /**
     * The lab with rules that tell sources of one subnet apart: NACL denies and security-group
     * allows for single instance addresses and small blocks, second security groups in either
     * order, public addresses and missing roles on some instances.
     */
    static Lab randomised(Lab lab, Random random) {
        List<Instance> instances = lab.all(Instance.class).toList();
        Map<String, List<String>> groupsByVpc =
                lab.all(SecurityGroup.class)
                        .collect(
                                Collectors.groupingBy(
                                        SecurityGroup::vpc,
                                        Collectors.mapping(
                                                SecurityGroup::id, Collectors.toList())));
        Map<String, String> vpcOfSubnet =
                lab.all(dev.vpclab.model.Subnet.class)
                        .collect(
                                Collectors.toMap(
                                        dev.vpclab.model.Subnet::id, dev.vpclab.model.Subnet::vpc));
        List<Component> out = new ArrayList<>();
        int publicHost = 1;
        for (Component c : lab.components()) {
            if (c instanceof NetworkAcl acl && random.nextInt(10) < 6) {
                List<NaclRule> rules = new ArrayList<>(acl.inbound());
                List<NaclRule> outbound = new ArrayList<>(acl.outbound());
                for (int k = 0; k < 3; k++) {
                    NaclRule deny =
                            new NaclRule(
                                    1 + random.nextInt(90),
                                    random.nextBoolean() ? RuleAction.DENY : RuleAction.ALLOW,
                                    random.nextBoolean() ? Protocol.TCP : Protocol.ALL,
                                    PortRange.parse(random.nextBoolean() ? "443" : "0-65535"),
                                    new AddressSet.Block(someBlock(instances, random)));
                    if (rules.stream().noneMatch(r -> r.number() == deny.number())) {
                        (random.nextBoolean() ? rules : outbound).add(deny);
                    }
                }
                c = new NetworkAcl(acl.id(), acl.vpc(), acl.isDefault(), rules, outbound);
            } else if (c instanceof SecurityGroup sg && random.nextInt(10) < 6) {
                List<SecurityGroupRule> in = new ArrayList<>(sg.inbound());
                in.add(
                        new SecurityGroupRule(
                                Protocol.TCP,
                                PortRange.parse("443"),
                                new AddressSet.Block(someBlock(instances, random)),
                                Optional.empty()));
                List<SecurityGroupRule> egress = sg.outbound();
                if (random.nextInt(4) == 0) {
                    egress =
                            List.of(
                                    new SecurityGroupRule(
                                            Protocol.ALL,
                                            PortRange.parse("0-65535"),
                                            new AddressSet.Block(someBlock(instances, random)),
                                            Optional.empty()));
                }
                c = new SecurityGroup(sg.id(), sg.vpc(), sg.isDefault(), in, egress);
            } else if (c instanceof Instance i) {
                List<String> groups = new ArrayList<>(i.securityGroups());
                List<String> more =
                        groupsByVpc.getOrDefault(vpcOfSubnet.get(i.subnet()), List.of());
                if (!more.isEmpty() && random.nextInt(4) == 0) {
                    String extra = more.get(random.nextInt(more.size()));
                    if (!groups.contains(extra)) {
                        groups.add(random.nextBoolean() ? 0 : groups.size(), extra);
                    }
                }
                Optional<IpAddress> publicIp = i.publicIp();
                if (publicIp.isEmpty() && random.nextInt(8) == 0) {
                    publicIp = Optional.of(IpAddress.parse("54.240.1." + publicHost++));
                }
                Optional<String> role = random.nextInt(10) == 0 ? Optional.empty() : i.iamRole();
                c =
                        new Instance(
                                i.id(),
                                i.subnet(),
                                i.privateIp(),
                                publicIp,
                                i.ipv6(),
                                groups,
                                role);
            }
            out.add(c);
        }
        return lab.withComponents(out);
    }

    /** A single instance address, or the /28 or /26 around one. */
    private static Cidr someBlock(List<Instance> instances, Random random) {
        IpAddress ip = instances.get(random.nextInt(instances.size())).privateIp();
        int length = List.of(32, 28, 26).get(random.nextInt(3));
        String[] octets = ip.toString().split("\\.");
        long v = 0;
        for (String o : octets) {
            v = (v << 8) | Long.parseLong(o);
        }
        long mask = (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
        return new Cidr(IpAddress.ofV4(v & mask), length);
    }
}
