package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.NaclRule;
import dev.vpclab.model.NatConnectivity;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.RuleAction;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.SecurityGroupRule;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the EC2 network (VPCs down to instances and gateway endpoints) from an inventory. */
final class Ec2Network {
    /** The Region of an item. */
    interface RegionOf {
        String of(Item item) throws ImportFailure;
    }

    private final AwsInventory inv;
    private final ImportReport.Builder report;
    private final RegionOf regionOf;
    private final NetworkInterfaces enis;
    private final List<Component> out = new ArrayList<>();
    private final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    private final Set<String> regions = new LinkedHashSet<>();
    private final Map<String, String> gatewayPrefixLists = new LinkedHashMap<>();
    private final Map<String, String> endpointPrefixList = new HashMap<>();
    private final Map<String, IpAddress> elasticIps = new HashMap<>();
    private final Set<String> instanceIds = new HashSet<>();

    Ec2Network(
            AwsInventory inv,
            ImportReport.Builder report,
            RegionOf regionOf,
            NetworkInterfaces enis) {
        this.inv = inv;
        this.enis = enis;
        this.report = report;
        this.regionOf = regionOf;
    }

    Set<String> regions() {
        return regions;
    }

    /** Prefix-list id to service name, for each gateway endpoint. */
    Map<String, String> gatewayPrefixLists() {
        return gatewayPrefixLists;
    }

    List<Component> build() throws ImportFailure {
        vpcs();
        for (Item g : inv.all("InternetGateways")) {
            String id = g.text("InternetGatewayId");
            Optional<String> vpc = Optional.empty();
            for (Item a : g.items("Attachments")) {
                vpc = vpc.or(() -> opt(a, "VpcId"));
            }
            if (vpc.isEmpty()) {
                ignored(g, "import.ignored.detached", id);
            } else {
                read(g, id);
                out.add(new InternetGateway(id, vpc.get()));
            }
        }
        for (Item g : inv.all("EgressOnlyInternetGateways")) {
            String id = g.text("EgressOnlyInternetGatewayId");
            Optional<String> vpc = Optional.empty();
            for (Item a : g.items("Attachments")) {
                vpc = vpc.or(() -> opt(a, "VpcId"));
            }
            if (vpc.isEmpty()) {
                ignored(g, "import.ignored.detached", id);
            } else {
                read(g, id);
                out.add(new EgressOnlyInternetGateway(id, vpc.get()));
            }
        }
        Map<String, String> naclOfSubnet = new HashMap<>();
        Map<String, String> defaultNacl = new HashMap<>();
        for (Item n : inv.all("NetworkAcls")) {
            String id = n.text("NetworkAclId");
            String vpc = n.text("VpcId");
            boolean isDefault = n.bool("IsDefault", false);
            if (isDefault) {
                defaultNacl.put(vpc, id);
            }
            for (Item a : n.items("Associations")) {
                a.optText("SubnetId").ifPresent(s -> naclOfSubnet.put(s, id));
            }
            List<NaclRule> in = new ArrayList<>();
            List<NaclRule> outRules = new ArrayList<>();
            for (Item e : n.items("Entries")) {
                int number =
                        e.optInt("RuleNumber")
                                .orElseThrow(() -> e.invalid("RuleNumber", "a number"));
                if (number > NaclRule.MAX_NUMBER) {
                    continue; // the final * deny rule: implicit in a lab
                }
                Protocol protocol = protocol(e, "Protocol");
                PortRange ports = PortRange.ALL;
                Optional<Item> range = e.object("PortRange");
                if (range.isPresent() && protocol.hasPorts()) {
                    ports = ports(range.get(), "From", "To");
                }
                String block =
                        e.optText("CidrBlock")
                                .or(() -> opt(e, "Ipv6CidrBlock"))
                                .orElseThrow(() -> e.invalid("CidrBlock", "a CIDR"));
                RuleAction action =
                        "deny".equalsIgnoreCase(e.optText("RuleAction").orElse(""))
                                ? RuleAction.DENY
                                : RuleAction.ALLOW;
                NaclRule rule =
                        new NaclRule(
                                number,
                                action,
                                protocol,
                                ports,
                                new AddressSet.Block(
                                        AwsDescribeImporter.cidr(e, "CidrBlock", block)));
                (e.bool("Egress", false) ? outRules : in).add(rule);
            }
            in.sort((a, b) -> Integer.compare(a.number(), b.number()));
            outRules.sort((a, b) -> Integer.compare(a.number(), b.number()));
            read(n, id);
            out.add(new NetworkAcl(id, vpc, isDefault, in, outRules));
        }
        Map<String, String> rtOfSubnet = new HashMap<>();
        Map<String, String> mainRt = new HashMap<>();
        Map<String, Item> tables = new LinkedHashMap<>();
        for (Item t : inv.all("RouteTables")) {
            String id = t.text("RouteTableId");
            tables.put(id, t);
            for (Item a : t.items("Associations")) {
                if (a.bool("Main", false)) {
                    mainRt.put(t.text("VpcId"), id);
                }
                a.optText("SubnetId").ifPresent(s -> rtOfSubnet.put(s, id));
            }
        }
        Map<String, List<String>> endpointTables = gatewayEndpoints();
        for (Item t : tables.values()) {
            out.add(routeTable(t, endpointTables));
        }
        for (Item s : inv.all("Subnets")) {
            String id = s.text("SubnetId");
            String vpc = s.text("VpcId");
            String rt = rtOfSubnet.getOrDefault(id, mainRt.get(vpc));
            String nacl = naclOfSubnet.getOrDefault(id, defaultNacl.get(vpc));
            if (rt == null || nacl == null) {
                ignored(s, "import.ignored.subnetNoTable", id);
                continue;
            }
            Optional<Cidr> v6 = Optional.empty();
            for (Item a : s.items("Ipv6CidrBlockAssociationSet")) {
                Optional<String> c = a.optText("Ipv6CidrBlock");
                if (c.isPresent() && v6.isEmpty()) {
                    v6 = Optional.of(AwsDescribeImporter.cidr(a, "Ipv6CidrBlock", c.get()));
                }
            }
            read(s, id);
            out.add(
                    new Subnet(
                            id,
                            vpc,
                            AwsDescribeImporter.cidr(s, "CidrBlock", s.text("CidrBlock")),
                            v6,
                            s.text("AvailabilityZone"),
                            s.optText("AvailabilityZoneId").orElse(s.text("AvailabilityZone")),
                            rt,
                            nacl));
        }
        for (Item n : inv.all("NatGateways")) {
            String id = n.text("NatGatewayId");
            String state = n.optText("State").orElse("available");
            if (state.equals("deleted") || state.equals("deleting") || state.equals("failed")) {
                ignored(n, "import.ignored.state", id, state);
                continue;
            }
            List<Item> addresses = n.items("NatGatewayAddresses");
            if (addresses.isEmpty()) {
                ignored(n, "import.ignored.noAddress", id);
                continue;
            }
            Item a = addresses.get(0);
            boolean isPrivate =
                    "private".equalsIgnoreCase(n.optText("ConnectivityType").orElse("public"));
            read(n, id);
            out.add(
                    new NatGateway(
                            id,
                            n.text("SubnetId"),
                            isPrivate ? NatConnectivity.PRIVATE : NatConnectivity.PUBLIC,
                            ip(a, "PrivateIp"),
                            isPrivate ? Optional.empty() : optIp(a, "PublicIp")));
        }
        for (Item g : inv.all("SecurityGroups")) {
            String id = g.text("GroupId");
            read(g, id);
            out.add(
                    new SecurityGroup(
                            id,
                            g.text("VpcId"),
                            "default".equals(g.optText("GroupName").orElse("")),
                            sgRules(g, "IpPermissions"),
                            sgRules(g, "IpPermissionsEgress")));
        }
        for (Item a : inv.all("Addresses")) {
            Optional<String> instance = a.optText("InstanceId");
            Optional<IpAddress> ip = optIp(a, "PublicIp");
            if (instance.isPresent() && ip.isPresent()) {
                elasticIps.put(instance.get(), ip.get());
            }
        }
        for (Item r : inv.all("Reservations")) {
            for (Item i : r.items("Instances")) {
                instance(i);
            }
        }
        for (Item a : inv.all("Addresses")) {
            String id = a.optText("AllocationId").or(() -> opt(a, "PublicIp")).orElse(a.path());
            Optional<String> owner = a.optText("InstanceId");
            if (owner.isPresent() && instanceIds.contains(owner.get())) {
                report.add(
                        Outcome.READ,
                        a.file().name(),
                        a.path(),
                        Message.of("import.read.address", id, owner.get()));
            } else {
                ignored(a, "import.ignored.address", id);
            }
        }
        peerings();
        return out;
    }

    private void vpcs() throws ImportFailure {
        Map<String, Boolean> support = new HashMap<>();
        Map<String, Boolean> hostnames = new HashMap<>();
        for (Item a : inv.vpcAttributes()) {
            String vpc = a.text("VpcId");
            Optional<Item> s = a.object("EnableDnsSupport");
            if (s.isPresent()) {
                support.put(vpc, s.get().bool("Value", true));
            }
            Optional<Item> h = a.object("EnableDnsHostnames");
            if (h.isPresent()) {
                hostnames.put(vpc, h.get().bool("Value", false));
            }
        }
        Set<String> privateDnsVpcs = new HashSet<>();
        for (Item e : inv.all("VpcEndpoints")) {
            if (e.bool("PrivateDnsEnabled", false)
                    && "Interface".equalsIgnoreCase(e.optText("VpcEndpointType").orElse(""))) {
                e.optText("VpcId").ifPresent(privateDnsVpcs::add);
            }
        }
        for (Item v : inv.all("Vpcs")) {
            String id = v.text("VpcId");
            String region = regionOf.of(v);
            regions.add(region);
            Optional<String> account = v.file().account().or(() -> opt(v, "OwnerId"));
            Optional<Cidr> v6 = Optional.empty();
            for (Item a : v.items("Ipv6CidrBlockAssociationSet")) {
                Optional<String> c = a.optText("Ipv6CidrBlock");
                if (c.isPresent() && v6.isEmpty()) {
                    v6 = Optional.of(AwsDescribeImporter.cidr(a, "Ipv6CidrBlock", c.get()));
                }
            }
            boolean isDefault = v.bool("IsDefault", false);
            if (privateDnsVpcs.contains(id)
                    && (!support.containsKey(id) || !hostnames.containsKey(id))) {
                // AWS turns private DNS on only in a VPC with both DNS attributes on.
                support.putIfAbsent(id, true);
                hostnames.putIfAbsent(id, true);
                report.add(
                        Outcome.ASSUMED,
                        v.file().name(),
                        v.path(),
                        Message.of("import.assumed.dnsFromEndpoint", id));
            } else if (!support.containsKey(id) || !hostnames.containsKey(id)) {
                report.add(
                        Outcome.ASSUMED,
                        v.file().name(),
                        v.path(),
                        Message.of("import.assumed.dns", id, isDefault));
            }
            read(v, id);
            Vpc vpc =
                    new Vpc(
                            id,
                            region,
                            account,
                            AwsDescribeImporter.cidr(v, "CidrBlock", v.text("CidrBlock")),
                            v6,
                            support.getOrDefault(id, true),
                            hostnames.getOrDefault(id, isDefault));
            vpcs.put(id, vpc);
            out.add(vpc);
        }
    }

    /** Gateway endpoints; returns, for each route table, the gateway endpoints it has. */
    private Map<String, List<String>> gatewayEndpoints() throws ImportFailure {
        Map<String, List<String>> tables = new HashMap<>();
        Map<String, String> plOfEndpoint = new HashMap<>();
        for (Item t : inv.all("RouteTables")) {
            for (Item r : t.items("Routes")) {
                Optional<String> pl = r.optText("DestinationPrefixListId");
                Optional<String> gw = r.optText("GatewayId");
                if (pl.isPresent() && gw.isPresent() && gw.get().startsWith("vpce-")) {
                    plOfEndpoint.put(gw.get(), pl.get());
                }
            }
        }
        Map<String, String> plByName = new HashMap<>();
        for (String key : List.of("PrefixLists", "ManagedPrefixLists")) {
            for (Item p : inv.all(key)) {
                p.optText("PrefixListName")
                        .ifPresent(n -> plByName.put(n, opt(p, "PrefixListId").orElse("")));
            }
        }
        for (Item e : inv.all("VpcEndpoints")) {
            String id = e.text("VpcEndpointId");
            String type = e.optText("VpcEndpointType").orElse("Gateway");
            if (type.equalsIgnoreCase("Interface")) {
                continue; // PrivateLink builds interface endpoints
            }
            String state = e.optText("State").orElse("available").toLowerCase();
            if (state.equals("deleted") || state.equals("deleting")) {
                ignored(e, "import.ignored.state", id, state);
                continue;
            }
            if (!type.equalsIgnoreCase("Gateway")) {
                ignored(e, "import.ignored.endpointType", id, type);
                continue;
            }
            String serviceName = e.text("ServiceName");
            String region = AwsInventory.regionOfServiceName(serviceName).orElse(regionOf.of(e));
            String service = serviceName.substring(serviceName.lastIndexOf('.') + 1);
            String pl = plOfEndpoint.getOrDefault(id, plByName.get(serviceName));
            if (pl == null || pl.isEmpty()) {
                ignored(e, "import.ignored.noPrefixList", id, serviceName);
                continue;
            }
            List<String> rts = e.texts("RouteTableIds", null);
            for (String rt : rts) {
                tables.computeIfAbsent(rt, k -> new ArrayList<>()).add(id);
            }
            gatewayPrefixLists.put(pl, serviceName);
            endpointPrefixList.put(id, pl);
            read(e, id);
            out.add(
                    new GatewayEndpoint(
                            id,
                            e.text("VpcId"),
                            service,
                            region,
                            serviceName,
                            rts,
                            pl,
                            PolicyJson.read(e, "PolicyDocument"),
                            e.optText("IpAddressType").orElse("ipv4"),
                            "service-defined"));
        }
        return tables;
    }

    /** A route to an instance's network interface goes to the instance in the lab. */
    private Optional<String> instanceOfInterface(Item r) {
        return opt(r, "NetworkInterfaceId")
                .flatMap(enis::get)
                .flatMap(NetworkInterfaces.Eni::owner)
                .filter(o -> o.startsWith("i-"));
    }

    /** A route table; {@code endpointTables} maps a route table to its gateway endpoints. */
    private RouteTable routeTable(Item t, Map<String, List<String>> endpointTables)
            throws ImportFailure {
        String id = t.text("RouteTableId");
        String vpcId = t.text("VpcId");
        List<Route> routes = new ArrayList<>();
        boolean hasLocal = false;
        for (Item r : t.items("Routes")) {
            if ("blackhole".equalsIgnoreCase(r.optText("State").orElse("active"))) {
                ignored(r, "import.ignored.blackhole", id);
                continue;
            }
            Optional<String> dest =
                    r.optText("DestinationCidrBlock")
                            .or(() -> opt(r, "DestinationIpv6CidrBlock"))
                            .or(() -> opt(r, "DestinationPrefixListId"));
            Optional<String> target =
                    r.optText("GatewayId")
                            .or(() -> opt(r, "NatGatewayId"))
                            .or(() -> opt(r, "TransitGatewayId"))
                            .or(() -> opt(r, "VpcPeeringConnectionId"))
                            .or(() -> opt(r, "EgressOnlyInternetGatewayId"))
                            .or(() -> opt(r, "InstanceId"))
                            .or(() -> instanceOfInterface(r));
            if (dest.isEmpty() || target.isEmpty()) {
                ignored(r, "import.ignored.routeTarget", id);
                continue;
            }
            AddressSet destination;
            if (dest.get().startsWith("pl-")) {
                destination = new AddressSet.PrefixList(dest.get());
            } else {
                destination =
                        new AddressSet.Block(
                                AwsDescribeImporter.cidr(r, "DestinationCidrBlock", dest.get()));
            }
            hasLocal |= target.get().equals(Route.LOCAL);
            RouteOrigin origin =
                    "EnableVgwRoutePropagation".equals(r.optText("Origin").orElse(""))
                            ? RouteOrigin.PROPAGATED
                            : RouteOrigin.STATIC;
            routes.add(new Route(destination, target.get(), origin));
        }
        Vpc vpc = vpcs.get(vpcId);
        if (!hasLocal && vpc != null) {
            routes.add(
                    0,
                    new Route(new AddressSet.Block(vpc.cidr()), Route.LOCAL, RouteOrigin.STATIC));
            report.add(
                    Outcome.ASSUMED,
                    t.file().name(),
                    t.path(),
                    Message.of("import.assumed.localRoute", id));
        }
        Set<String> targets = new HashSet<>();
        routes.forEach(r -> targets.add(r.target()));
        for (String endpoint : endpointTables.getOrDefault(id, List.of())) {
            String pl = endpointPrefixList.get(endpoint);
            if (pl != null && targets.add(endpoint)) {
                routes.add(new Route(new AddressSet.PrefixList(pl), endpoint, RouteOrigin.STATIC));
                report.add(
                        Outcome.ASSUMED,
                        t.file().name(),
                        t.path(),
                        Message.of("import.assumed.endpointRoute", id, endpoint));
            }
        }
        List<String> vgws = t.texts("PropagatingVgws", "GatewayId");
        read(t, id);
        return new RouteTable(id, vpcId, routes, vgws);
    }

    private List<SecurityGroupRule> sgRules(Item g, String field) throws ImportFailure {
        List<SecurityGroupRule> rules = new ArrayList<>();
        for (Item p : g.items(field)) {
            Protocol protocol = protocol(p, "IpProtocol");
            PortRange ports = protocol.hasPorts() ? ports(p, "FromPort", "ToPort") : PortRange.ALL;
            for (Item r : p.items("IpRanges")) {
                rules.add(
                        rule(
                                protocol,
                                ports,
                                new AddressSet.Block(
                                        AwsDescribeImporter.cidr(r, "CidrIp", r.text("CidrIp"))),
                                r));
            }
            for (Item r : p.items("Ipv6Ranges")) {
                rules.add(
                        rule(
                                protocol,
                                ports,
                                new AddressSet.Block(
                                        AwsDescribeImporter.cidr(
                                                r, "CidrIpv6", r.text("CidrIpv6"))),
                                r));
            }
            for (Item r : p.items("PrefixListIds")) {
                rules.add(
                        rule(
                                protocol,
                                ports,
                                new AddressSet.PrefixList(r.text("PrefixListId")),
                                r));
            }
            for (Item r : p.items("UserIdGroupPairs")) {
                rules.add(
                        rule(
                                protocol,
                                ports,
                                new AddressSet.SecurityGroupRef(r.text("GroupId")),
                                r));
            }
        }
        return rules;
    }

    private static SecurityGroupRule rule(
            Protocol protocol, PortRange ports, AddressSet peer, Item r) throws ImportFailure {
        return new SecurityGroupRule(protocol, ports, peer, r.optText("Description"));
    }

    private void instance(Item i) throws ImportFailure {
        String id = i.text("InstanceId");
        String state = "running";
        Optional<Item> st = i.object("State");
        if (st.isPresent()) {
            state = st.get().optText("Name").orElse(state);
        }
        if (state.equals("terminated") || state.equals("shutting-down")) {
            ignored(i, "import.ignored.state", id, state);
            return;
        }
        Optional<String> subnet = i.optText("SubnetId");
        if (subnet.isEmpty()) {
            ignored(i, "import.ignored.noSubnet", id);
            return;
        }
        Optional<IpAddress> v6 = Optional.empty();
        for (Item n : i.items("NetworkInterfaces")) {
            for (Item a : n.items("Ipv6Addresses")) {
                if (v6.isEmpty()) {
                    v6 = optIp(a, "Ipv6Address");
                }
            }
        }
        Optional<String> role = Optional.empty();
        Optional<Item> profile = i.object("IamInstanceProfile");
        if (profile.isPresent()) {
            role = profile.get().optText("Arn").map(a -> a.substring(a.lastIndexOf('/') + 1));
            role.ifPresent(
                    r ->
                            report.add(
                                    Outcome.ASSUMED,
                                    i.file().name(),
                                    i.path(),
                                    Message.of("import.assumed.role", id, r)));
        }
        read(i, id);
        instanceIds.add(id);
        out.add(
                new Instance(
                        id,
                        subnet.get(),
                        ip(i, "PrivateIpAddress"),
                        optIp(i, "PublicIpAddress")
                                .or(() -> Optional.ofNullable(elasticIps.get(id))),
                        v6,
                        i.texts("SecurityGroups", "GroupId"),
                        role));
    }

    private void peerings() throws ImportFailure {
        for (Item p : inv.all("VpcPeeringConnections")) {
            String id = p.text("VpcPeeringConnectionId");
            String status = "active";
            Optional<Item> s = p.object("Status");
            if (s.isPresent()) {
                status = s.get().optText("Code").orElse(status);
            }
            if (!Set.of("active", "failed", "pending-acceptance").contains(status)) {
                ignored(p, "import.ignored.state", id, status);
                continue;
            }
            Optional<Item> req = p.object("RequesterVpcInfo");
            Optional<Item> acc = p.object("AccepterVpcInfo");
            if (req.isEmpty() || acc.isEmpty()) {
                ignored(p, "import.ignored.peeringSide", id);
                continue;
            }
            String r = req.get().text("VpcId");
            String a = acc.get().text("VpcId");
            Optional<String> rr = req.get().optText("Region");
            Optional<String> ar = acc.get().optText("Region");
            read(p, id);
            out.add(
                    new VpcPeering(
                            id, r, a, status, rr.isPresent() && ar.isPresent() && !rr.equals(ar)));
        }
    }

    private static Protocol protocol(Item i, String field) throws ImportFailure {
        String text = i.optText(field).orElse("-1");
        try {
            return Protocol.parse(text);
        } catch (IllegalArgumentException e) {
            throw i.invalid(field, "tcp, udp, icmp, -1, 6, 17 or 1");
        }
    }

    private static PortRange ports(Item i, String from, String to) throws ImportFailure {
        Optional<Integer> f = i.optInt(from);
        Optional<Integer> t = i.optInt(to);
        if (f.isEmpty() || f.get() < 0) {
            return PortRange.ALL;
        }
        try {
            return new PortRange(f.get(), t.orElse(f.get()));
        } catch (IllegalArgumentException e) {
            throw i.invalid(to, "a port range within 0-65535");
        }
    }

    static IpAddress ip(Item i, String field) throws ImportFailure {
        return optIp(i, field).orElseThrow(() -> i.field(field).failure("import.expected.ip"));
    }

    static Optional<IpAddress> optIp(Item i, String field) throws ImportFailure {
        Optional<String> t = i.optText(field);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<IpAddress> a = IpAddress.tryParse(t.get());
        if (a.isEmpty()) {
            throw i.field(field).failure("import.expected.ip");
        }
        return a;
    }

    static Optional<String> opt(Item i, String field) {
        try {
            return i.optText(field);
        } catch (ImportFailure e) {
            return Optional.empty();
        }
    }

    private void read(Item i, String id) {
        report.add(Outcome.READ, i.file().name(), i.path(), Message.of("import.read", id));
    }

    private void ignored(Item i, String key, Object... args) {
        report.add(Outcome.IGNORED, i.file().name(), i.path(), Message.of(key, args));
    }
}
