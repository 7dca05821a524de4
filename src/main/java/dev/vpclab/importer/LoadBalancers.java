package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Component;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Subnet;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Network Load Balancers from the ELBv2 Describe output: {@code LoadBalancers}, {@code Listeners},
 * {@code TargetGroups}, {@code TargetHealthDescriptions} and the load balancer {@code Attributes}
 * (cross-zone). The load balancer and target group ARNs are kept as ids. Application and Gateway
 * Load Balancers are reported as ignored: the lab models Network Load Balancers only.
 *
 * <p>{@code describe-target-health} and {@code describe-load-balancer-attributes} do not say whose
 * output they are: the file says it with a top-level {@code TargetGroupArn} or {@code
 * LoadBalancerArn} (the collect recipe adds it), or the export holds only one candidate.
 */
final class LoadBalancers {
    private final AwsInventory inv;
    private final ImportReport.Builder report;
    private final NetworkInterfaces enis;
    private final Map<String, Component> built;
    private final Map<IpAddress, String> instanceByIp = new HashMap<>();
    private final Map<String, String> shortNames = new HashMap<>();

    LoadBalancers(
            AwsInventory inv,
            ImportReport.Builder report,
            NetworkInterfaces enis,
            Map<String, Component> built) {
        this.inv = inv;
        this.report = report;
        this.enis = enis;
        this.built = built;
        for (Component c : built.values()) {
            if (c instanceof Instance i) {
                instanceByIp.put(i.privateIp(), i.id());
            }
        }
    }

    /** The short names ({@code net/my-nlb/50dc...}) that interface descriptions use, to ARNs. */
    Map<String, String> shortNames() {
        return shortNames;
    }

    List<NetworkLoadBalancer> build() throws ImportFailure {
        Map<String, Boolean> crossZone = crossZone();
        Map<String, List<NetworkLoadBalancer.Target>> targets = targets();
        Map<String, Item> groups = new LinkedHashMap<>();
        for (Item g : inv.all("TargetGroups")) {
            groups.put(g.text("TargetGroupArn"), g);
        }
        Map<String, List<String>> groupsOfLb = new HashMap<>();
        for (Item g : groups.values()) {
            for (String lb : g.texts("LoadBalancerArns", null)) {
                groupsOfLb
                        .computeIfAbsent(lb, k -> new ArrayList<>())
                        .add(g.text("TargetGroupArn"));
            }
        }
        Map<String, List<Item>> listeners = new HashMap<>();
        for (Item l : inv.all("Listeners")) {
            listeners.computeIfAbsent(l.text("LoadBalancerArn"), k -> new ArrayList<>()).add(l);
        }
        List<NetworkLoadBalancer> out = new ArrayList<>();
        for (Item lb : inv.all("LoadBalancers")) {
            String arn = lb.text("LoadBalancerArn");
            String type = lb.optText("Type").orElse("application");
            if (!type.equalsIgnoreCase("network")) {
                ignored(lb, "import.ignored.lbType", arn, type);
                continue;
            }
            String shortName =
                    arn.substring(arn.indexOf("loadbalancer/") + "loadbalancer/".length());
            shortNames.put(shortName, arn);
            List<String> subnets = new ArrayList<>();
            List<NetworkLoadBalancer.Node> nodes = new ArrayList<>();
            for (Item z : lb.items("AvailabilityZones")) {
                Optional<String> subnetId = z.optText("SubnetId");
                if (subnetId.isEmpty()) {
                    continue;
                }
                subnets.add(subnetId.get());
                node(lb, arn, shortName, z, subnetId.get()).ifPresent(nodes::add);
            }
            List<NetworkLoadBalancer.Listener> ls = new ArrayList<>();
            List<String> used = new ArrayList<>();
            for (Item l : listeners.getOrDefault(arn, List.of())) {
                listener(l, groups).ifPresent(ls::add);
            }
            ls.forEach(l -> used.add(l.targetGroup()));
            for (String tg : groupsOfLb.getOrDefault(arn, List.of())) {
                if (!used.contains(tg)) {
                    used.add(tg);
                }
            }
            List<NetworkLoadBalancer.TargetGroup> tgs = new ArrayList<>();
            for (String tgArn : used) {
                Item g = groups.get(tgArn);
                if (g == null) {
                    continue;
                }
                int port = g.optInt("Port").orElse(0);
                List<NetworkLoadBalancer.Target> ts = new ArrayList<>();
                for (NetworkLoadBalancer.Target t : targets.getOrDefault(tgArn, List.of())) {
                    ts.add(t.port() == 0 ? new NetworkLoadBalancer.Target(t.id(), port) : t);
                }
                tgs.add(
                        new NetworkLoadBalancer.TargetGroup(
                                tgArn, protocol(g, "Protocol"), port, ts));
                read(g, tgArn);
            }
            boolean cz = crossZone.getOrDefault(arn, false);
            if (!crossZone.containsKey(arn)) {
                report.add(
                        Outcome.ASSUMED,
                        lb.file().name(),
                        lb.path(),
                        Message.of("import.assumed.crossZone", arn));
            }
            read(lb, arn);
            out.add(
                    new NetworkLoadBalancer(
                            arn,
                            lb.text("VpcId"),
                            lb.optText("Scheme").orElse("internal"),
                            subnets,
                            nodes,
                            cz,
                            lb.texts("SecurityGroups", null),
                            ls,
                            tgs));
        }
        return out;
    }

    /**
     * The node of one zone: the private address the Describe output gives, else the address of the
     * load balancer's interface in that subnet, else an address of the subnet (reported).
     */
    private Optional<NetworkLoadBalancer.Node> node(
            Item lb, String arn, String shortName, Item zone, String subnetId)
            throws ImportFailure {
        Optional<IpAddress> ip = Optional.empty();
        for (Item a : zone.items("LoadBalancerAddresses")) {
            if (ip.isEmpty()) {
                ip = Ec2Network.optIp(a, "PrivateIPv4Address");
            }
        }
        if (ip.isEmpty()) {
            ip =
                    enis.ownedBy(shortName).stream()
                            .filter(e -> e.subnet().equals(subnetId))
                            .flatMap(e -> e.ip().stream())
                            .findFirst();
        }
        Component c = built.get(subnetId);
        if (!(c instanceof Subnet subnet)) {
            ignored(zone, "import.ignored.missing", arn, subnetId);
            return Optional.empty();
        }
        if (ip.isEmpty()) {
            Cidr cidr = subnet.cidr();
            // The last address AWS leaves usable in a subnet: .254 of a /24.
            ip = Optional.of(cidr.address(cidr.size() - 2));
            report.add(
                    Outcome.ASSUMED,
                    zone.file().name(),
                    zone.path(),
                    Message.of("import.assumed.nlbNode", arn, subnetId, ip.get()));
        }
        return Optional.of(new NetworkLoadBalancer.Node(subnetId, subnet.azId(), ip.get()));
    }

    private Optional<NetworkLoadBalancer.Listener> listener(Item l, Map<String, Item> groups)
            throws ImportFailure {
        String arn = l.optText("ListenerArn").orElse(l.path());
        Optional<String> tg = Optional.empty();
        for (Item a : l.items("DefaultActions")) {
            if (!"forward".equalsIgnoreCase(a.optText("Type").orElse("forward"))) {
                continue;
            }
            tg = tg.or(() -> Ec2Network.opt(a, "TargetGroupArn"));
            Optional<Item> fc = a.object("ForwardConfig");
            if (fc.isPresent() && tg.isEmpty()) {
                for (Item t : fc.get().items("TargetGroups")) {
                    tg = tg.or(() -> Ec2Network.opt(t, "TargetGroupArn"));
                }
            }
        }
        if (tg.isEmpty() || !groups.containsKey(tg.get())) {
            ignored(l, "import.ignored.listener", arn);
            return Optional.empty();
        }
        read(l, arn);
        return Optional.of(
                new NetworkLoadBalancer.Listener(
                        protocol(l, "Protocol"),
                        l.optInt("Port").orElseThrow(() -> l.invalid("Port", "a port")),
                        tg.get()));
    }

    /** TCP, TLS and TCP_UDP listeners carry TCP; UDP carries UDP. */
    private static Protocol protocol(Item i, String field) throws ImportFailure {
        String p = i.optText(field).orElse("TCP").toUpperCase(Locale.ROOT);
        return p.equals("UDP") ? Protocol.UDP : Protocol.TCP;
    }

    /** Cross-zone load balancing of each load balancer, from its attributes. */
    private Map<String, Boolean> crossZone() throws ImportFailure {
        Map<String, Boolean> out = new HashMap<>();
        List<Item> lbs = inv.all("LoadBalancers");
        for (Item root : inv.roots("Attributes")) {
            Optional<String> owner =
                    root.optText("LoadBalancerArn")
                            .or(
                                    () ->
                                            lbs.size() == 1
                                                    ? Ec2Network.opt(lbs.get(0), "LoadBalancerArn")
                                                    : Optional.empty());
            if (owner.isEmpty()) {
                ignored(
                        root.field("Attributes"),
                        "import.ignored.whose",
                        "Attributes",
                        "LoadBalancerArn");
                continue;
            }
            for (Item a : root.items("Attributes")) {
                if ("load_balancing.cross_zone.enabled".equals(a.optText("Key").orElse(""))) {
                    out.put(owner.get(), a.bool("Value", false));
                }
            }
        }
        return out;
    }

    /**
     * The registered targets of each target group. An {@code ip} target is the instance (or
     * interface endpoint) with that address; draining and unused targets take no new flows.
     */
    private Map<String, List<NetworkLoadBalancer.Target>> targets() throws ImportFailure {
        Map<String, List<NetworkLoadBalancer.Target>> out = new HashMap<>();
        List<Item> groups = inv.all("TargetGroups");
        Map<IpAddress, String> endpointByIp = new HashMap<>();
        for (Component c : built.values()) {
            if (c instanceof InterfaceEndpoint e) {
                e.enis().forEach(n -> endpointByIp.put(n.ip(), e.id()));
            }
        }
        for (Item root : inv.roots("TargetHealthDescriptions")) {
            Optional<String> tg =
                    root.optText("TargetGroupArn")
                            .or(
                                    () ->
                                            groups.size() == 1
                                                    ? Ec2Network.opt(
                                                            groups.get(0), "TargetGroupArn")
                                                    : Optional.empty());
            if (tg.isEmpty()) {
                ignored(
                        root.field("TargetHealthDescriptions"),
                        "import.ignored.whose",
                        "TargetHealthDescriptions",
                        "TargetGroupArn");
                continue;
            }
            for (Item d : root.items("TargetHealthDescriptions")) {
                Optional<Item> target = d.object("Target");
                if (target.isEmpty()) {
                    continue;
                }
                String id = target.get().text("Id");
                int port = target.get().optInt("Port").orElse(0);
                String state = "healthy";
                Optional<Item> health = d.object("TargetHealth");
                if (health.isPresent()) {
                    state = health.get().optText("State").orElse(state);
                }
                if (state.equals("draining") || state.equals("unused")) {
                    ignored(d, "import.ignored.state", id, state);
                    continue;
                }
                Optional<IpAddress> ip = IpAddress.tryParse(id);
                String member = id;
                if (ip.isPresent()) {
                    member = instanceByIp.getOrDefault(ip.get(), endpointByIp.get(ip.get()));
                    if (member == null) {
                        ignored(d, "import.ignored.ipTarget", id);
                        continue;
                    }
                }
                if (!state.equals("healthy")) {
                    report.add(
                            Outcome.ASSUMED,
                            d.file().name(),
                            d.path(),
                            Message.of("import.assumed.health", member, state));
                }
                out.computeIfAbsent(tg.get(), k -> new ArrayList<>())
                        .add(new NetworkLoadBalancer.Target(member, port));
            }
        }
        return out;
    }

    private void read(Item i, String id) {
        report.add(Outcome.READ, i.file().name(), i.path(), Message.of("import.read", id));
    }

    private void ignored(Item i, String key, Object... args) {
        report.add(Outcome.IGNORED, i.file().name(), i.path(), Message.of(key, args));
    }
}
