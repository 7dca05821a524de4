package dev.vpclab.importer;

import static dev.vpclab.importer.TerraformShapes.copy;
import static dev.vpclab.importer.TerraformShapes.copyInt;
import static dev.vpclab.importer.TerraformShapes.id;
import static dev.vpclab.importer.TerraformShapes.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.importer.TerraformImporter.Resource;
import dev.vpclab.net.Cidr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites the service resources of a Terraform state in the Describe shapes: VPC endpoints (with
 * their route table, subnet and security group associations), endpoint services and their allowed
 * principals, load balancers with listeners, target groups and attachments, transit gateways with
 * attachments, route tables, routes, associations and propagations (the default route tables the
 * gateway uses when an attachment does not say), VPN gateways, customer gateways, VPN connections
 * and S3 buckets with their policies.
 *
 * <p>State does not hold the addresses of an interface endpoint's network interfaces: each gets an
 * address of its subnet, taken from the top so as not to meet instances, and reported.
 */
final class TerraformServiceShapes {
    private final TerraformShapes t;

    /** Transit gateway id to its state values (default route table options). */
    private final Map<String, Item> tgws = new HashMap<>();

    /** Attachment id to its transit gateway, and whether it takes the default tables. */
    private final Map<String, String[]> attachmentDefaults = new LinkedHashMap<>();

    private final Map<String, Item> attachmentWhere = new HashMap<>();
    private final Set<String> associated = new HashSet<>();
    private final Map<String, Integer> nextAddress = new HashMap<>();

    TerraformServiceShapes(TerraformShapes shapes) {
        this.t = shapes;
    }

    boolean primary(Resource r) throws ImportFailure {
        Item v = r.values();
        switch (r.type()) {
            case "aws_vpc_endpoint" -> endpoint(v);
            case "aws_vpc_endpoint_service" -> {
                ObjectNode s = t.shape("ServiceConfigurations", id(v), v);
                s.put("ServiceId", id(v));
                copy(v, "service_name", s, "ServiceName");
                s.put("AcceptanceRequired", v.bool("acceptance_required", true));
                s.set("NetworkLoadBalancerArns", strings(v, "network_load_balancer_arns"));
                s.set("AvailabilityZones", strings(v, "availability_zones"));
                copy(v, "private_dns_name", s, "PrivateDnsName");
                ObjectNode p = t.shape("AllowedPrincipals", id(v), v);
                p.put("ServiceId", id(v));
                ArrayNode list = p.putArray("AllowedPrincipals");
                for (String a : v.texts("allowed_principals", null)) {
                    list.addObject().put("Principal", a);
                }
            }
            case "aws_lb", "aws_alb" -> loadBalancer(v);
            case "aws_lb_listener", "aws_alb_listener" -> listener(v);
            case "aws_lb_target_group", "aws_alb_target_group" -> {
                ObjectNode g = t.shape("TargetGroups", v.text("arn"), v);
                g.put("TargetGroupArn", v.text("arn"));
                copy(v, "protocol", g, "Protocol");
                copyInt(v, "port", g, "Port");
                copy(v, "vpc_id", g, "VpcId");
                copy(v, "target_type", g, "TargetType");
                ObjectNode h = t.shape("TargetHealthDescriptions", v.text("arn"), v);
                h.put("TargetGroupArn", v.text("arn"));
                h.putArray("TargetHealthDescriptions");
            }
            case "aws_ec2_transit_gateway" -> {
                tgws.put(id(v), v);
                ObjectNode g = t.shape("TransitGateways", id(v), v);
                g.put("TransitGatewayId", id(v));
            }
            case "aws_ec2_transit_gateway_route_table" ->
                    tgwTable(id(v), v.text("transit_gateway_id"), v);
            case "aws_ec2_transit_gateway_vpc_attachment" -> {
                ObjectNode a = t.shape("TransitGatewayVpcAttachments", id(v), v);
                a.put("TransitGatewayAttachmentId", id(v));
                copy(v, "transit_gateway_id", a, "TransitGatewayId");
                copy(v, "vpc_id", a, "VpcId");
                a.set("SubnetIds", strings(v, "subnet_ids"));
                attachment(
                        id(v),
                        v.text("transit_gateway_id"),
                        v,
                        v.bool("transit_gateway_default_route_table_association", true),
                        v.bool("transit_gateway_default_route_table_propagation", true));
            }
            case "aws_vpn_gateway" -> {
                ObjectNode g = t.shape("VpnGateways", id(v), v);
                g.put("VpnGatewayId", id(v));
                ArrayNode a = g.putArray("VpcAttachments");
                v.optText("vpc_id").ifPresent(vpc -> a.addObject().put("VpcId", vpc));
            }
            case "aws_customer_gateway" -> {
                ObjectNode c = t.shape("CustomerGateways", id(v), v);
                c.put("CustomerGatewayId", id(v));
                copy(v, "ip_address", c, "IpAddress");
            }
            case "aws_vpn_connection" -> vpn(v);
            case "aws_s3_bucket" -> {
                String name = v.optText("bucket").orElse(id(v));
                ObjectNode b = t.shape("Buckets", name, v);
                b.put("Name", name);
                Optional<String> region = v.optText("region").or(() -> regionOfDomain(v));
                region.ifPresent(x -> b.put("BucketRegion", x));
                Optional<String> policy = v.optText("policy");
                if (policy.isPresent()) {
                    ObjectNode p = t.shape("Policy", name, v);
                    p.put("Bucket", name);
                    p.put("Policy", policy.get());
                }
            }
            case "aws_s3_bucket_policy" -> {
                String name = v.text("bucket");
                ObjectNode p = t.shape("Policy", name, v);
                p.put("Bucket", name);
                copy(v, "policy", p, "Policy");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    boolean isChild(Resource r) {
        return List.of(
                        "aws_vpc_endpoint_route_table_association",
                        "aws_vpc_endpoint_subnet_association",
                        "aws_vpc_endpoint_security_group_association",
                        "aws_vpc_endpoint_service_allowed_principal",
                        "aws_lb_target_group_attachment",
                        "aws_alb_target_group_attachment",
                        "aws_ec2_transit_gateway_route",
                        "aws_ec2_transit_gateway_route_table_association",
                        "aws_ec2_transit_gateway_route_table_propagation",
                        "aws_vpn_gateway_attachment",
                        "aws_vpn_gateway_route_propagation",
                        "aws_vpn_connection_route")
                .contains(r.type());
    }

    void child(Resource r) throws ImportFailure {
        Item v = r.values();
        switch (r.type()) {
            case "aws_vpc_endpoint_route_table_association" ->
                    addTo(
                            r,
                            "VpcEndpoints",
                            "vpc_endpoint_id",
                            "RouteTableIds",
                            v.text("route_table_id"));
            case "aws_vpc_endpoint_subnet_association" ->
                    addTo(r, "VpcEndpoints", "vpc_endpoint_id", "SubnetIds", v.text("subnet_id"));
            case "aws_vpc_endpoint_security_group_association" -> {
                Optional<ObjectNode> e = t.parent("VpcEndpoints", v, "vpc_endpoint_id", r);
                if (e.isPresent()) {
                    ((ArrayNode) e.get().get("Groups"))
                            .addObject()
                            .put("GroupId", v.text("security_group_id"));
                }
            }
            case "aws_vpc_endpoint_service_allowed_principal" -> {
                Optional<ObjectNode> p =
                        t.parent("AllowedPrincipals", v, "vpc_endpoint_service_id", r);
                if (p.isPresent()) {
                    ((ArrayNode) p.get().get("AllowedPrincipals"))
                            .addObject()
                            .put("Principal", v.text("principal_arn"));
                }
            }
            case "aws_lb_target_group_attachment", "aws_alb_target_group_attachment" -> {
                Optional<ObjectNode> h =
                        t.parent("TargetHealthDescriptions", v, "target_group_arn", r);
                if (h.isPresent()) {
                    ObjectNode target =
                            ((ArrayNode) h.get().get("TargetHealthDescriptions"))
                                    .addObject()
                                    .putObject("Target");
                    target.put("Id", v.text("target_id"));
                    copyInt(v, "port", target, "Port");
                }
            }
            case "aws_ec2_transit_gateway_route" -> {
                Optional<ObjectNode> table =
                        t.parent(
                                "TransitGatewayRouteTables",
                                v,
                                "transit_gateway_route_table_id",
                                r);
                if (table.isPresent()) {
                    ObjectNode route = ((ArrayNode) table.get().get("Routes")).addObject();
                    copy(v, "destination_cidr_block", route, "DestinationCidrBlock");
                    route.put("Type", "static");
                    if (v.bool("blackhole", false)) {
                        route.put("State", "blackhole");
                    } else {
                        route.putArray("TransitGatewayAttachments")
                                .addObject()
                                .put(
                                        "TransitGatewayAttachmentId",
                                        v.text("transit_gateway_attachment_id"));
                    }
                }
            }
            case "aws_ec2_transit_gateway_route_table_association" -> {
                associated.add(v.text("transit_gateway_attachment_id"));
                associate(
                        v.text("transit_gateway_attachment_id"),
                        v.text("transit_gateway_route_table_id"));
            }
            case "aws_ec2_transit_gateway_route_table_propagation" ->
                    propagate(
                            v.text("transit_gateway_attachment_id"),
                            v.text("transit_gateway_route_table_id"),
                            v);
            case "aws_vpn_gateway_attachment" -> {
                Optional<ObjectNode> g = t.parent("VpnGateways", v, "vpn_gateway_id", r);
                if (g.isPresent()) {
                    ((ArrayNode) g.get().get("VpcAttachments"))
                            .addObject()
                            .put("VpcId", v.text("vpc_id"));
                }
            }
            case "aws_vpn_gateway_route_propagation" -> {
                Optional<ObjectNode> table = t.parent("RouteTables", v, "route_table_id", r);
                if (table.isPresent()) {
                    ((ArrayNode) table.get().get("PropagatingVgws"))
                            .addObject()
                            .put("GatewayId", v.text("vpn_gateway_id"));
                }
            }
            case "aws_vpn_connection_route" -> {
                Optional<ObjectNode> vpn = t.parent("VpnConnections", v, "vpn_connection_id", r);
                if (vpn.isPresent()) {
                    ((ArrayNode) vpn.get().get("Routes"))
                            .addObject()
                            .put("DestinationCidrBlock", v.text("destination_cidr_block"));
                }
            }
            default -> {}
        }
    }

    private void addTo(Resource r, String key, String parentField, String list, String value)
            throws ImportFailure {
        Optional<ObjectNode> p = t.parent(key, r.values(), parentField, r);
        if (p.isPresent()) {
            ((ArrayNode) p.get().get(list)).add(value);
        }
    }

    private void endpoint(Item v) throws ImportFailure {
        String id = id(v);
        ObjectNode e = t.shape("VpcEndpoints", id, v);
        e.put("VpcEndpointId", id);
        copy(v, "vpc_id", e, "VpcId");
        copy(v, "service_name", e, "ServiceName");
        e.put("VpcEndpointType", v.optText("vpc_endpoint_type").orElse("Gateway"));
        copy(v, "state", e, "State");
        e.set("RouteTableIds", strings(v, "route_table_ids"));
        e.set("SubnetIds", strings(v, "subnet_ids"));
        ArrayNode groups = e.putArray("Groups");
        for (String g : v.texts("security_group_ids", null)) {
            groups.addObject().put("GroupId", g);
        }
        e.put("PrivateDnsEnabled", v.bool("private_dns_enabled", false));
        e.set("NetworkInterfaceIds", strings(v, "network_interface_ids"));
        ArrayNode dns = e.putArray("DnsEntries");
        for (Item d : v.items("dns_entry")) {
            copy(d, "dns_name", dns.addObject(), "DnsName");
        }
        for (Item o : v.items("dns_options")) {
            e.putObject("DnsOptions")
                    .put(
                            "PrivateDnsOnlyForInboundResolverEndpoint",
                            o.bool("private_dns_only_for_inbound_resolver_endpoint", false));
        }
        copy(v, "policy", e, "PolicyDocument");
        Optional<String> pl = v.optText("prefix_list_id");
        if (pl.isPresent()) {
            ObjectNode p = t.shape("PrefixLists", pl.get(), v);
            p.put("PrefixListId", pl.get());
            copy(v, "service_name", p, "PrefixListName");
            p.set("Cidrs", strings(v, "cidr_blocks"));
        }
    }

    private void loadBalancer(Item v) throws ImportFailure {
        String arn = v.text("arn");
        ObjectNode lb = t.shape("LoadBalancers", arn, v);
        lb.put("LoadBalancerArn", arn);
        lb.put("Type", v.optText("load_balancer_type").orElse("application"));
        lb.put("Scheme", v.bool("internal", false) ? "internal" : "internet-facing");
        copy(v, "vpc_id", lb, "VpcId");
        lb.set("SecurityGroups", strings(v, "security_groups"));
        ArrayNode zones = lb.putArray("AvailabilityZones");
        Set<String> seen = new HashSet<>();
        for (Item m : v.items("subnet_mapping")) {
            String subnet = m.text("subnet_id");
            seen.add(subnet);
            ObjectNode z = zones.addObject().put("SubnetId", subnet);
            ArrayNode addresses = z.putArray("LoadBalancerAddresses");
            m.optText("private_ipv4_address")
                    .ifPresent(ip -> addresses.addObject().put("PrivateIPv4Address", ip));
        }
        for (String subnet : v.texts("subnets", null)) {
            if (seen.add(subnet)) {
                zones.addObject().put("SubnetId", subnet).putArray("LoadBalancerAddresses");
            }
        }
        ObjectNode attributes = t.shape("Attributes", arn, v);
        attributes.put("LoadBalancerArn", arn);
        attributes
                .putArray("Attributes")
                .addObject()
                .put("Key", "load_balancing.cross_zone.enabled")
                .put("Value", String.valueOf(v.bool("enable_cross_zone_load_balancing", false)));
    }

    private void listener(Item v) throws ImportFailure {
        ObjectNode l = t.shape("Listeners", v.text("arn"), v);
        l.put("ListenerArn", v.text("arn"));
        copy(v, "load_balancer_arn", l, "LoadBalancerArn");
        copyInt(v, "port", l, "Port");
        copy(v, "protocol", l, "Protocol");
        ArrayNode actions = l.putArray("DefaultActions");
        for (Item a : v.items("default_action")) {
            ObjectNode o = actions.addObject();
            copy(a, "type", o, "Type");
            Optional<String> tg = a.optText("target_group_arn");
            for (Item f : a.items("forward")) {
                for (Item g : f.items("target_group")) {
                    tg = tg.or(() -> Ec2Network.opt(g, "arn"));
                }
            }
            tg.ifPresent(x -> o.put("TargetGroupArn", x));
        }
    }

    private ObjectNode tgwTable(String id, String tgw, Item where) {
        ObjectNode table = t.shape("TransitGatewayRouteTables", id, where);
        if (!table.has("TransitGatewayRouteTableId")) {
            table.put("TransitGatewayRouteTableId", id);
            table.put("TransitGatewayId", tgw);
            table.putArray("Routes");
            table.putArray("Propagations");
        }
        return table;
    }

    /** An attachment of a transit gateway, in the generic attachments' shape. */
    private ObjectNode attachment(
            String id,
            String tgw,
            Item where,
            boolean defaultAssociation,
            boolean defaultPropagation)
            throws ImportFailure {
        ObjectNode a = t.shape("TransitGatewayAttachments", id, where);
        a.put("TransitGatewayAttachmentId", id);
        a.put("TransitGatewayId", tgw);
        a.put("ResourceType", "vpc");
        where.optText("vpc_id").ifPresent(vpc -> a.put("ResourceId", vpc));
        attachmentDefaults.put(
                id,
                new String[] {
                    tgw, String.valueOf(defaultAssociation), String.valueOf(defaultPropagation)
                });
        attachmentWhere.put(id, where);
        return a;
    }

    private void associate(String attachment, String table) {
        t.existing("TransitGatewayAttachments", attachment)
                .ifPresent(
                        a ->
                                a.putObject("Association")
                                        .put("TransitGatewayRouteTableId", table)
                                        .put("State", "associated"));
    }

    private void propagate(String attachment, String table, Item where) {
        t.existing("TransitGatewayRouteTables", table)
                .ifPresent(
                        rt ->
                                ((ArrayNode) rt.get("Propagations"))
                                        .addObject()
                                        .put("TransitGatewayAttachmentId", attachment)
                                        .put("State", "enabled"));
    }

    private void vpn(Item v) throws ImportFailure {
        String id = id(v);
        ObjectNode c = t.shape("VpnConnections", id, v);
        c.put("VpnConnectionId", id);
        copy(v, "customer_gateway_id", c, "CustomerGatewayId");
        copy(v, "vpn_gateway_id", c, "VpnGatewayId");
        copy(v, "transit_gateway_id", c, "TransitGatewayId");
        ObjectNode options = c.putObject("Options");
        options.put("StaticRoutesOnly", v.bool("static_routes_only", false));
        copy(v, "remote_ipv4_network_cidr", options, "RemoteIpv4NetworkCidr");
        ArrayNode routes = c.putArray("Routes");
        for (Item r : v.items("routes")) {
            copy(r, "destination_cidr_block", routes.addObject(), "DestinationCidrBlock");
        }
        Optional<String> attachment = v.optText("transit_gateway_attachment_id");
        Optional<String> tgw = v.optText("transit_gateway_id");
        if (attachment.isPresent() && tgw.isPresent()) {
            ObjectNode a = attachment(attachment.get(), tgw.get(), v, true, true);
            a.put("ResourceType", "vpn");
            a.put("ResourceId", id);
        }
    }

    /**
     * Attachments that do not say otherwise are associated with, and propagate to, their transit
     * gateway's default route tables (when the gateway has them on); a default table AWS made and
     * state only names is added.
     */
    void finish() throws ImportFailure {
        for (Map.Entry<String, String[]> e : attachmentDefaults.entrySet()) {
            String att = e.getKey();
            Item gw = tgws.get(e.getValue()[0]);
            if (gw == null) {
                continue;
            }
            Item where = attachmentWhere.get(att);
            if (Boolean.parseBoolean(e.getValue()[1])
                    && !associated.contains(att)
                    && "enable"
                            .equals(
                                    gw.optText("default_route_table_association")
                                            .orElse("enable"))) {
                Optional<String> table = gw.optText("association_default_route_table_id");
                if (table.isPresent()) {
                    defaultTable(table.get(), gw);
                    associate(att, table.get());
                    t.assumed(where, "import.assumed.tgwDefaultAssociation", att, table.get());
                }
            }
            if (Boolean.parseBoolean(e.getValue()[2])
                    && "enable"
                            .equals(
                                    gw.optText("default_route_table_propagation")
                                            .orElse("enable"))) {
                Optional<String> table = gw.optText("propagation_default_route_table_id");
                if (table.isPresent()) {
                    defaultTable(table.get(), gw);
                    propagate(att, table.get(), where);
                }
            }
        }
        allocateEndpointAddresses();
    }

    private void defaultTable(String id, Item gw) throws ImportFailure {
        if (t.existing("TransitGatewayRouteTables", id).isEmpty()) {
            tgwTable(id, id(gw), gw);
            t.assumed(gw, "import.assumed.tgwDefaultTable", id, id(gw));
        }
    }

    /**
     * The network interfaces of interface endpoints: one per subnet, with the id state gives and an
     * address of the subnet from its top, clear of the instances' addresses.
     */
    private void allocateEndpointAddresses() throws ImportFailure {
        Set<String> taken = new HashSet<>();
        for (TerraformShapes.Shape r : t.shapes.getOrDefault("Reservations", Map.of()).values()) {
            for (JsonNode i : r.node().path("Instances")) {
                taken.add(i.path("PrivateIpAddress").asText());
            }
        }
        for (TerraformShapes.Shape s :
                t.shapes.getOrDefault("VpcEndpoints", Map.of()).values().stream().toList()) {
            ObjectNode e = s.node();
            if (!"Interface".equalsIgnoreCase(e.path("VpcEndpointType").asText())) {
                continue;
            }
            ArrayNode ids = (ArrayNode) e.get("NetworkInterfaceIds");
            ArrayNode subnets = (ArrayNode) e.get("SubnetIds");
            String endpoint = e.path("VpcEndpointId").asText();
            for (int k = 0; k < subnets.size(); k++) {
                String subnet = subnets.get(k).asText();
                Optional<ObjectNode> sn = t.existing("Subnets", subnet);
                Optional<Cidr> cidr = sn.flatMap(n -> Cidr.tryParse(n.path("CidrBlock").asText()));
                if (cidr.isEmpty()) {
                    continue;
                }
                String eniId = k < ids.size() ? ids.get(k).asText() : endpoint + "-eni-" + k;
                if (k >= ids.size()) {
                    ids.add(eniId);
                }
                String ip;
                do {
                    int n = nextAddress.merge(subnet, 1, Integer::sum);
                    ip = cidr.get().address(cidr.get().size() - 2 - n).toString();
                } while (!taken.add(ip));
                ObjectNode eni = t.shape("NetworkInterfaces", eniId, s.where());
                eni.put("NetworkInterfaceId", eniId);
                eni.put("SubnetId", subnet);
                eni.put("PrivateIpAddress", ip);
                eni.put("InterfaceType", "vpc_endpoint");
                eni.put("Description", "VPC Endpoint Interface " + endpoint);
                sn.map(n -> n.path("AvailabilityZone").asText())
                        .filter(az -> !az.isEmpty())
                        .ifPresent(az -> eni.put("AvailabilityZone", az));
                t.assumed(s.where(), "import.assumed.tfEniIp", endpoint, eniId, ip, subnet);
            }
        }
    }

    private static Optional<String> regionOfDomain(Item v) {
        String domain = Ec2Network.opt(v, "bucket_regional_domain_name").orElse("");
        String[] parts = domain.split("\\.");
        for (String p : parts) {
            if (SourceFile.isRegion(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
