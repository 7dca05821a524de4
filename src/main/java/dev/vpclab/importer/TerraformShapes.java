package dev.vpclab.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.importer.TerraformImporter.Resource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites the EC2 network resources of a Terraform state ({@code aws_vpc}, {@code aws_subnet},
 * {@code aws_route_table} with {@code aws_route} and associations, {@code aws_security_group} with
 * its rule resources, {@code aws_network_acl} with its rules, {@code aws_instance}, gateways,
 * peering and prefix lists) in the shapes the Describe calls print, into an inventory. The main
 * route table and default network ACL that AWS created with a VPC, which state names but does not
 * hold, are added as AWS made them and reported. Services (endpoints, load balancers, transit
 * gateways, VPN, S3) are {@link TerraformServiceShapes}'.
 */
final class TerraformShapes {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final AwsInventory inv;
    final ImportReport.Builder report;

    /** Describe key to (id to the node and where its resource is). */
    final Map<String, Map<String, Shape>> shapes = new LinkedHashMap<>();

    final Map<String, Item> vpcs = new HashMap<>();

    /** The VPCs whose main table an {@code aws_main_route_table_association} names. */
    private final Set<String> mainSet = new HashSet<>();

    /** A Describe-shaped object and the state resource it was made from. */
    record Shape(ObjectNode node, Item where) {}

    TerraformShapes(AwsInventory inv, ImportReport.Builder report) {
        this.inv = inv;
        this.report = report;
    }

    /** Rewrites the resources, then fills the inventory. */
    void add(List<Resource> resources) throws ImportFailure {
        TerraformServiceShapes services = new TerraformServiceShapes(this);
        // First the resources others attach to, then what attaches (routes, rules, associations).
        for (Resource r : resources) {
            if (!primary(r) && !services.primary(r) && !isChild(r) && !services.isChild(r)) {
                TerraformImporter.ignored(report, r);
            }
        }
        defaults();
        for (Resource r : resources) {
            child(r);
            services.child(r);
        }
        mainTables();
        services.finish();
        for (Map.Entry<String, Map<String, Shape>> e : shapes.entrySet()) {
            for (Shape s : e.getValue().values()) {
                Item item =
                        new Item(s.where().file(), s.where().path(), s.where().pointer(), s.node());
                if (e.getKey().equals("VpcAttributes")) {
                    inv.addVpcAttribute(item);
                } else if (AwsInventory.SCOPED.contains(e.getKey())) {
                    inv.addRoot(e.getKey(), item);
                } else {
                    inv.add(e.getKey(), item);
                }
            }
        }
    }

    ObjectNode shape(String key, String id, Item where) {
        Map<String, Shape> of = shapes.computeIfAbsent(key, k -> new LinkedHashMap<>());
        Shape s = of.get(id);
        if (s == null) {
            s = new Shape(JSON.objectNode(), where);
            of.put(id, s);
        }
        return s.node();
    }

    Optional<ObjectNode> existing(String key, String id) {
        return Optional.ofNullable(shapes.getOrDefault(key, Map.of()).get(id)).map(Shape::node);
    }

    private boolean primary(Resource r) throws ImportFailure {
        Item v = r.values();
        switch (r.type()) {
            case "aws_vpc" -> vpc(v);
            case "aws_subnet" -> subnet(v);
            case "aws_route_table", "aws_default_route_table" -> routeTable(r);
            case "aws_security_group", "aws_default_security_group" -> securityGroup(r);
            case "aws_network_acl", "aws_default_network_acl" -> networkAcl(r);
            case "aws_instance" -> instance(v);
            case "aws_internet_gateway" -> {
                ObjectNode g = shape("InternetGateways", id(v), v);
                g.put("InternetGatewayId", id(v));
                ArrayNode a = g.putArray("Attachments");
                v.optText("vpc_id").ifPresent(vpc -> a.addObject().put("VpcId", vpc));
            }
            case "aws_egress_only_internet_gateway" -> {
                ObjectNode g = shape("EgressOnlyInternetGateways", id(v), v);
                g.put("EgressOnlyInternetGatewayId", id(v));
                ArrayNode a = g.putArray("Attachments");
                v.optText("vpc_id").ifPresent(vpc -> a.addObject().put("VpcId", vpc));
            }
            case "aws_eip" -> {
                ObjectNode a = shape("Addresses", id(v), v);
                a.put("AllocationId", id(v));
                copy(v, "public_ip", a, "PublicIp");
                copy(v, "instance", a, "InstanceId");
            }
            case "aws_nat_gateway" -> {
                ObjectNode n = shape("NatGateways", id(v), v);
                n.put("NatGatewayId", id(v));
                copy(v, "subnet_id", n, "SubnetId");
                copy(v, "connectivity_type", n, "ConnectivityType");
                ObjectNode a = n.putArray("NatGatewayAddresses").addObject();
                copy(v, "private_ip", a, "PrivateIp");
                copy(v, "public_ip", a, "PublicIp");
            }
            case "aws_vpc_peering_connection" -> peering(v);
            case "aws_prefix_list" -> {
                ObjectNode p = shape("PrefixLists", id(v), v);
                p.put("PrefixListId", id(v));
                copy(v, "name", p, "PrefixListName");
                p.set("Cidrs", strings(v, "cidr_blocks"));
            }
            case "aws_ec2_managed_prefix_list" -> {
                ObjectNode p = shape("ManagedPrefixLists", id(v), v);
                p.put("PrefixListId", id(v));
                copy(v, "name", p, "PrefixListName");
                copy(v, "address_family", p, "AddressFamily");
                ArrayNode entries = p.putArray("Entries");
                for (Item e : v.items("entry")) {
                    copy(e, "cidr", entries.addObject(), "Cidr");
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean isChild(Resource r) {
        return List.of(
                        "aws_route",
                        "aws_route_table_association",
                        "aws_main_route_table_association",
                        "aws_security_group_rule",
                        "aws_vpc_security_group_ingress_rule",
                        "aws_vpc_security_group_egress_rule",
                        "aws_network_acl_rule",
                        "aws_network_acl_association",
                        "aws_internet_gateway_attachment",
                        "aws_ec2_managed_prefix_list_entry")
                .contains(r.type());
    }

    private void child(Resource r) throws ImportFailure {
        Item v = r.values();
        switch (r.type()) {
            case "aws_route" -> {
                Optional<ObjectNode> t = table(v, r);
                if (t.isPresent()) {
                    ((ArrayNode) t.get().get("Routes")).add(route(v));
                }
            }
            case "aws_route_table_association" -> {
                Optional<ObjectNode> t = table(v, r);
                if (t.isPresent() && v.optText("subnet_id").isPresent()) {
                    ((ArrayNode) t.get().get("Associations"))
                            .addObject()
                            .put("SubnetId", v.text("subnet_id"));
                }
            }
            case "aws_main_route_table_association" -> {
                Optional<ObjectNode> t = table(v, r);
                if (t.isPresent()) {
                    ((ArrayNode) t.get().get("Associations")).addObject().put("Main", true);
                    mainSet.add(v.text("vpc_id"));
                }
            }
            case "aws_security_group_rule" -> {
                Optional<ObjectNode> g = parent("SecurityGroups", v, "security_group_id", r);
                if (g.isPresent()) {
                    boolean egress = "egress".equals(v.optText("type").orElse("ingress"));
                    ArrayNode list =
                            (ArrayNode)
                                    g.get().get(egress ? "IpPermissionsEgress" : "IpPermissions");
                    list.add(permission(v, v.text("security_group_id")));
                }
            }
            case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule" -> {
                Optional<ObjectNode> g = parent("SecurityGroups", v, "security_group_id", r);
                if (g.isPresent()) {
                    boolean egress = r.type().endsWith("egress_rule");
                    ArrayNode list =
                            (ArrayNode)
                                    g.get().get(egress ? "IpPermissionsEgress" : "IpPermissions");
                    list.add(vpcRule(v));
                }
            }
            case "aws_network_acl_rule" -> {
                Optional<ObjectNode> n = parent("NetworkAcls", v, "network_acl_id", r);
                if (n.isPresent()) {
                    ObjectNode e = ((ArrayNode) n.get().get("Entries")).addObject();
                    e.put("Egress", v.bool("egress", false));
                    copyInt(v, "rule_number", e, "RuleNumber");
                    copy(v, "protocol", e, "Protocol");
                    copy(v, "rule_action", e, "RuleAction");
                    copy(v, "cidr_block", e, "CidrBlock");
                    copy(v, "ipv6_cidr_block", e, "Ipv6CidrBlock");
                    ports(v, e);
                }
            }
            case "aws_network_acl_association" -> {
                Optional<ObjectNode> n = parent("NetworkAcls", v, "network_acl_id", r);
                if (n.isPresent()) {
                    ((ArrayNode) n.get().get("Associations"))
                            .addObject()
                            .put("SubnetId", v.text("subnet_id"));
                }
            }
            case "aws_internet_gateway_attachment" -> {
                Optional<ObjectNode> g = parent("InternetGateways", v, "internet_gateway_id", r);
                if (g.isPresent()) {
                    ((ArrayNode) g.get().get("Attachments"))
                            .addObject()
                            .put("VpcId", v.text("vpc_id"));
                }
            }
            case "aws_ec2_managed_prefix_list_entry" -> {
                Optional<ObjectNode> p = parent("ManagedPrefixLists", v, "prefix_list_id", r);
                if (p.isPresent()) {
                    copy(v, "cidr", ((ArrayNode) p.get().get("Entries")).addObject(), "Cidr");
                }
            }
            default -> {}
        }
    }

    private void vpc(Item v) throws ImportFailure {
        String id = id(v);
        vpcs.put(id, v);
        ObjectNode n = shape("Vpcs", id, v);
        n.put("VpcId", id);
        copy(v, "cidr_block", n, "CidrBlock");
        copy(v, "owner_id", n, "OwnerId");
        Optional<String> v6 = v.optText("ipv6_cidr_block");
        if (v6.isPresent()) {
            n.putArray("Ipv6CidrBlockAssociationSet").addObject().put("Ipv6CidrBlock", v6.get());
        }
        ObjectNode support = shape("VpcAttributes", id + "/support", v);
        support.put("VpcId", id);
        support.putObject("EnableDnsSupport").put("Value", v.bool("enable_dns_support", true));
        ObjectNode hostnames = shape("VpcAttributes", id + "/hostnames", v);
        hostnames.put("VpcId", id);
        hostnames
                .putObject("EnableDnsHostnames")
                .put("Value", v.bool("enable_dns_hostnames", false));
    }

    private void subnet(Item v) throws ImportFailure {
        ObjectNode n = shape("Subnets", id(v), v);
        n.put("SubnetId", id(v));
        copy(v, "vpc_id", n, "VpcId");
        copy(v, "cidr_block", n, "CidrBlock");
        copy(v, "availability_zone", n, "AvailabilityZone");
        copy(v, "availability_zone_id", n, "AvailabilityZoneId");
        copy(v, "owner_id", n, "OwnerId");
        Optional<String> v6 = v.optText("ipv6_cidr_block");
        if (v6.isPresent()) {
            n.putArray("Ipv6CidrBlockAssociationSet").addObject().put("Ipv6CidrBlock", v6.get());
        }
    }

    private void routeTable(Resource r) throws ImportFailure {
        Item v = r.values();
        ObjectNode n = shape("RouteTables", id(v), v);
        n.put("RouteTableId", id(v));
        copy(v, "vpc_id", n, "VpcId");
        ArrayNode routes = n.putArray("Routes");
        for (Item route : v.items("route")) {
            routes.add(route(route));
        }
        ArrayNode assoc = n.putArray("Associations");
        if (r.type().equals("aws_default_route_table")) {
            assoc.addObject().put("Main", true);
        }
        ArrayNode vgws = n.putArray("PropagatingVgws");
        for (String g : v.texts("propagating_vgws", null)) {
            vgws.addObject().put("GatewayId", g);
        }
    }

    /** A route of the state ({@code route} block or {@code aws_route}) in the Describe shape. */
    private static ObjectNode route(Item r) throws ImportFailure {
        ObjectNode o = JSON.objectNode();
        copy(r, List.of("destination_cidr_block", "cidr_block"), o, "DestinationCidrBlock");
        copy(
                r,
                List.of("destination_ipv6_cidr_block", "ipv6_cidr_block"),
                o,
                "DestinationIpv6CidrBlock");
        copy(r, List.of("destination_prefix_list_id"), o, "DestinationPrefixListId");
        copy(r, List.of("gateway_id", "vpc_endpoint_id"), o, "GatewayId");
        copy(r, "nat_gateway_id", o, "NatGatewayId");
        copy(r, "transit_gateway_id", o, "TransitGatewayId");
        copy(r, "vpc_peering_connection_id", o, "VpcPeeringConnectionId");
        copy(r, "egress_only_gateway_id", o, "EgressOnlyInternetGatewayId");
        copy(r, "network_interface_id", o, "NetworkInterfaceId");
        copy(r, "instance_id", o, "InstanceId");
        return o;
    }

    private void securityGroup(Resource r) throws ImportFailure {
        Item v = r.values();
        String id = id(v);
        ObjectNode n = shape("SecurityGroups", id, v);
        n.put("GroupId", id);
        copy(v, "vpc_id", n, "VpcId");
        n.put(
                "GroupName",
                r.type().equals("aws_default_security_group")
                        ? "default"
                        : v.optText("name").orElse(id));
        ArrayNode in = n.putArray("IpPermissions");
        for (Item p : v.items("ingress")) {
            in.add(permission(p, id));
        }
        ArrayNode out = n.putArray("IpPermissionsEgress");
        for (Item p : v.items("egress")) {
            out.add(permission(p, id));
        }
    }

    /** An inline rule or {@code aws_security_group_rule} as an {@code IpPermission}. */
    private static ObjectNode permission(Item p, String self) throws ImportFailure {
        ObjectNode o = JSON.objectNode();
        o.put("IpProtocol", p.optText("protocol").orElse("-1"));
        copyInt(p, "from_port", o, "FromPort");
        copyInt(p, "to_port", o, "ToPort");
        ArrayNode v4 = o.putArray("IpRanges");
        for (String c : p.texts("cidr_blocks", null)) {
            v4.addObject().put("CidrIp", c);
        }
        ArrayNode v6 = o.putArray("Ipv6Ranges");
        for (String c : p.texts("ipv6_cidr_blocks", null)) {
            v6.addObject().put("CidrIpv6", c);
        }
        ArrayNode pls = o.putArray("PrefixListIds");
        for (String c : p.texts("prefix_list_ids", null)) {
            pls.addObject().put("PrefixListId", c);
        }
        ArrayNode groups = o.putArray("UserIdGroupPairs");
        for (String g : p.texts("security_groups", null)) {
            groups.addObject().put("GroupId", g);
        }
        p.optText("source_security_group_id").ifPresent(g -> groups.addObject().put("GroupId", g));
        if (p.bool("self", false)) {
            groups.addObject().put("GroupId", self);
        }
        return o;
    }

    /** One {@code aws_vpc_security_group_ingress_rule} / {@code _egress_rule}. */
    private static ObjectNode vpcRule(Item v) throws ImportFailure {
        ObjectNode o = JSON.objectNode();
        o.put("IpProtocol", v.optText("ip_protocol").orElse("-1"));
        copyInt(v, "from_port", o, "FromPort");
        copyInt(v, "to_port", o, "ToPort");
        ArrayNode v4 = o.putArray("IpRanges");
        v.optText("cidr_ipv4").ifPresent(c -> v4.addObject().put("CidrIp", c));
        ArrayNode v6 = o.putArray("Ipv6Ranges");
        v.optText("cidr_ipv6").ifPresent(c -> v6.addObject().put("CidrIpv6", c));
        ArrayNode pls = o.putArray("PrefixListIds");
        v.optText("prefix_list_id").ifPresent(c -> pls.addObject().put("PrefixListId", c));
        ArrayNode groups = o.putArray("UserIdGroupPairs");
        v.optText("referenced_security_group_id")
                .ifPresent(g -> groups.addObject().put("GroupId", g));
        return o;
    }

    private void networkAcl(Resource r) throws ImportFailure {
        Item v = r.values();
        String id = id(v);
        ObjectNode n = shape("NetworkAcls", id, v);
        n.put("NetworkAclId", id);
        copy(v, "vpc_id", n, "VpcId");
        boolean isDefault = r.type().equals("aws_default_network_acl");
        n.put("IsDefault", isDefault);
        ArrayNode entries = n.putArray("Entries");
        for (String dir : List.of("ingress", "egress")) {
            for (Item e : v.items(dir)) {
                ObjectNode o = entries.addObject();
                o.put("Egress", dir.equals("egress"));
                copyInt(e, "rule_no", o, "RuleNumber");
                copy(e, "protocol", o, "Protocol");
                copy(e, "action", o, "RuleAction");
                copy(e, "cidr_block", o, "CidrBlock");
                copy(e, "ipv6_cidr_block", o, "Ipv6CidrBlock");
                ports(e, o);
            }
        }
        ArrayNode assoc = n.putArray("Associations");
        for (String s : v.texts("subnet_ids", null)) {
            assoc.addObject().put("SubnetId", s);
        }
    }

    private static void ports(Item e, ObjectNode o) throws ImportFailure {
        Optional<Integer> from = e.optInt("from_port");
        Optional<Integer> to = e.optInt("to_port");
        if (from.isPresent() && to.isPresent() && !(from.get() == 0 && to.get() == 0)) {
            o.putObject("PortRange").put("From", from.get()).put("To", to.get());
        }
    }

    private void instance(Item v) throws ImportFailure {
        ObjectNode reservation = shape("Reservations", id(v), v);
        ObjectNode i = reservation.putArray("Instances").addObject();
        i.put("InstanceId", id(v));
        copy(v, "subnet_id", i, "SubnetId");
        copy(v, "private_ip", i, "PrivateIpAddress");
        copy(v, "public_ip", i, "PublicIpAddress");
        i.putObject("State").put("Name", v.optText("instance_state").orElse("running"));
        ArrayNode groups = i.putArray("SecurityGroups");
        for (String g : v.texts("vpc_security_group_ids", null)) {
            groups.addObject().put("GroupId", g);
        }
        List<String> v6 = v.texts("ipv6_addresses", null);
        if (!v6.isEmpty()) {
            i.putArray("NetworkInterfaces")
                    .addObject()
                    .putArray("Ipv6Addresses")
                    .addObject()
                    .put("Ipv6Address", v6.get(0));
        }
        Optional<String> profile = v.optText("iam_instance_profile");
        if (profile.isPresent()) {
            i.putObject("IamInstanceProfile")
                    .put("Arn", "arn:aws:iam::instance-profile/" + profile.get());
        }
    }

    private void peering(Item v) throws ImportFailure {
        ObjectNode p = shape("VpcPeeringConnections", id(v), v);
        p.put("VpcPeeringConnectionId", id(v));
        ObjectNode req = p.putObject("RequesterVpcInfo");
        copy(v, "vpc_id", req, "VpcId");
        ObjectNode acc = p.putObject("AccepterVpcInfo");
        copy(v, "peer_vpc_id", acc, "VpcId");
        Optional<String> peerRegion = v.optText("peer_region");
        if (peerRegion.isPresent()) {
            acc.put("Region", peerRegion.get());
            Optional<String> own = regionOfArn(vpcs.get(v.optText("vpc_id").orElse("")));
            own.ifPresent(r -> req.put("Region", r));
        }
        p.putObject("Status").put("Code", v.optText("accept_status").orElse("active"));
    }

    /**
     * What AWS made with each VPC and state only names: the main route table (when no table in the
     * state is main) and the default network ACL, as AWS creates them.
     */
    private void defaults() throws ImportFailure {
        for (Map.Entry<String, Item> e : vpcs.entrySet()) {
            String vpc = e.getKey();
            Item v = e.getValue();
            Optional<String> main = v.optText("main_route_table_id");
            if (main.isPresent() && existing("RouteTables", main.get()).isEmpty()) {
                ObjectNode t = shape("RouteTables", main.get(), v);
                t.put("RouteTableId", main.get());
                t.put("VpcId", vpc);
                t.putArray("Routes");
                t.putArray("Associations");
                t.putArray("PropagatingVgws");
                assumed(v, "import.assumed.tfMainTable", main.get(), vpc);
            }
            Optional<String> acl = v.optText("default_network_acl_id");
            if (acl.isPresent() && existing("NetworkAcls", acl.get()).isEmpty()) {
                ObjectNode n = shape("NetworkAcls", acl.get(), v);
                n.put("NetworkAclId", acl.get());
                n.put("VpcId", vpc);
                n.put("IsDefault", true);
                ArrayNode entries = n.putArray("Entries");
                for (boolean egress : List.of(false, true)) {
                    entries.addObject()
                            .put("Egress", egress)
                            .put("RuleNumber", 100)
                            .put("Protocol", "-1")
                            .put("RuleAction", "allow")
                            .put("CidrBlock", "0.0.0.0/0");
                }
                n.putArray("Associations");
                assumed(v, "import.assumed.tfDefaultAcl", acl.get(), vpc);
            } else if (acl.isPresent()) {
                existing("NetworkAcls", acl.get()).get().put("IsDefault", true);
            }
        }
    }

    /** The main table of each VPC, unless a main route table association says another. */
    private void mainTables() throws ImportFailure {
        for (Map.Entry<String, Item> e : vpcs.entrySet()) {
            Optional<String> main = e.getValue().optText("main_route_table_id");
            if (main.isPresent() && !mainSet.contains(e.getKey())) {
                Optional<ObjectNode> t = existing("RouteTables", main.get());
                if (t.isPresent()) {
                    ((ArrayNode) t.get().get("Associations")).addObject().put("Main", true);
                }
            }
        }
    }

    void assumed(Item where, String key, Object... args) {
        report.add(Outcome.ASSUMED, where.file().name(), where.path(), Message.of(key, args));
    }

    private Optional<ObjectNode> table(Item v, Resource r) throws ImportFailure {
        return parent("RouteTables", v, "route_table_id", r);
    }

    /** The shape a child resource attaches to; reported when the state does not hold it. */
    Optional<ObjectNode> parent(String key, Item v, String field, Resource r) throws ImportFailure {
        String id = v.optText(field).orElse("");
        Optional<ObjectNode> p = existing(key, id);
        if (p.isEmpty()) {
            report.add(
                    Outcome.IGNORED,
                    v.file().name(),
                    v.path(),
                    Message.of("import.ignored.missing", r.address(), id));
        }
        return p;
    }

    /** The Region of a resource's ARN ({@code arn:aws:ec2:us-east-1:...}). */
    static Optional<String> regionOfArn(Item v) {
        if (v == null) {
            return Optional.empty();
        }
        String arn = Ec2Network.opt(v, "arn").orElse("");
        String[] parts = arn.split(":");
        return parts.length > 3 && SourceFile.isRegion(parts[3])
                ? Optional.of(parts[3])
                : Optional.empty();
    }

    static String id(Item v) throws ImportFailure {
        return v.text("id");
    }

    static void copy(Item from, String field, ObjectNode to, String key) throws ImportFailure {
        from.optText(field).ifPresent(s -> to.put(key, s));
    }

    static void copy(Item from, List<String> fields, ObjectNode to, String key)
            throws ImportFailure {
        for (String f : fields) {
            Optional<String> s = from.optText(f);
            if (s.isPresent()) {
                to.put(key, s.get());
                return;
            }
        }
    }

    static void copyInt(Item from, String field, ObjectNode to, String key) throws ImportFailure {
        from.optInt(field).ifPresent(i -> to.put(key, i));
    }

    static ArrayNode strings(Item from, String field) throws ImportFailure {
        ArrayNode a = JSON.arrayNode();
        from.texts(field, null).forEach(a::add);
        return a;
    }

    static JsonNode text(String s) {
        return JSON.textNode(s);
    }
}
