package dev.vpclab.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.catalog.PrefixListEntry;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.CloudFormationResolver.Unresolved;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.importer.TerraformImporter.Resource;
import dev.vpclab.net.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites the resources of a CloudFormation template as the Terraform resources they are ({@code
 * AWS::EC2::VPC} as {@code aws_vpc}, ...), so that they go through the Terraform mapping and its
 * rebuilding of what AWS makes by itself (local route, main route table, default network ACL,
 * gateway-endpoint routes, transit gateway default tables). A template holds no physical ids: the
 * logical id is the component id, except where AWS's id form carries meaning (an endpoint service
 * {@code vpce-svc-...}, an endpoint {@code vpce-...}, a security group {@code sg-...}, a prefix
 * list {@code pl-...}, load balancer and target group ARNs); what AWS would assign at creation (an
 * instance's private address, an Elastic IP) is assumed and reported.
 */
final class CloudFormationShapes implements CloudFormationResolver.Resources {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode resourcesNode;
    private final CloudFormationResolver resolver;
    private final SourceFile file;
    private final ImportReport.Builder report;
    private final String region;
    private final String account;

    private final Map<String, JsonNode> resolved = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private final Map<String, String> publicIps = new HashMap<>();
    private final Set<String> usedPublic = new HashSet<>();
    private int nextPublic = 200;

    CloudFormationShapes(
            JsonNode resources,
            CloudFormationResolver resolver,
            SourceFile file,
            ImportReport.Builder report,
            String region,
            String account) {
        this.resourcesNode = resources;
        this.resolver = resolver;
        this.file = file;
        this.report = report;
        this.region = region;
        this.account = account;
        resolver.resources(this);
    }

    // ---------------------------------------------------------------- Ref and attributes

    @Override
    public Optional<String> type(String logicalId) {
        JsonNode r = resourcesNode.get(logicalId);
        return r == null ? Optional.empty() : Optional.of(r.path("Type").asText());
    }

    @Override
    public JsonNode ref(String logicalId) throws Unresolved {
        String type = type(logicalId).orElse("");
        if (type.equals("AWS::EC2::EIP")) {
            return JSON.textNode(publicIp(logicalId));
        }
        return JSON.textNode(physicalId(logicalId));
    }

    /** The id a resource gets in the lab (what {@code Ref} returns for most types). */
    String physicalId(String logicalId) {
        String type = type(logicalId).orElse("");
        String lower = logicalId.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "AWS::EC2::VPCEndpointService" -> "vpce-svc-" + lower;
            // An endpoint's network interfaces name it (VPC Endpoint Interface vpce-...).
            case "AWS::EC2::VPCEndpoint" -> "vpce-" + lower;
            case "AWS::EC2::PrefixList" -> "pl-" + lower;
            // A lab tells a group from a CIDR block by its sg- prefix, as AWS ids have it.
            case "AWS::EC2::SecurityGroup" -> "sg-" + lower;
            case "AWS::ElasticLoadBalancingV2::LoadBalancer" ->
                    arn("loadbalancer/" + lbKind(logicalId) + "/" + name(logicalId, "Name"))
                            + "/"
                            + hex(logicalId);
            case "AWS::ElasticLoadBalancingV2::TargetGroup" ->
                    arn("targetgroup/" + name(logicalId, "Name")) + "/" + hex(logicalId);
            case "AWS::ElasticLoadBalancingV2::Listener" ->
                    arn("listener/" + lower) + "/" + hex(logicalId);
            case "AWS::S3::Bucket" -> bucketName(logicalId);
            default -> logicalId;
        };
    }

    private String arn(String resource) {
        return "arn:aws:elasticloadbalancing:" + region + ":" + account + ":" + resource;
    }

    private static String hex(String logicalId) {
        return String.format("%016x", (long) logicalId.hashCode() * 0x9E3779B97F4A7C15L);
    }

    private String lbKind(String logicalId) {
        String t = raw(logicalId).path("Type").asText("application");
        return t.equals("network") ? "net" : t.equals("gateway") ? "gwy" : "app";
    }

    private String name(String logicalId, String field) {
        JsonNode n = raw(logicalId).get(field);
        return n != null && n.isTextual() ? n.asText() : logicalId.toLowerCase(Locale.ROOT);
    }

    private String bucketName(String logicalId) {
        JsonNode n = raw(logicalId).get("BucketName");
        return n != null && n.isTextual() ? n.asText() : logicalId.toLowerCase(Locale.ROOT);
    }

    /** The unresolved Properties of a resource. */
    private JsonNode raw(String logicalId) {
        return resourcesNode.path(logicalId).path("Properties");
    }

    /** The Properties of a resource with their functions evaluated (once). */
    JsonNode props(String logicalId) throws Unresolved {
        JsonNode r = resolved.get(logicalId);
        if (r != null) {
            return r;
        }
        if (!resolving.add(logicalId)) {
            throw new Unresolved(
                    path(logicalId), "the properties of " + logicalId + " refer to themselves");
        }
        try {
            JsonNode v = resolver.resolveReported(raw(logicalId), path(logicalId));
            if (!v.isObject()) {
                v = JSON.objectNode();
            }
            resolved.put(logicalId, v);
            return v;
        } finally {
            resolving.remove(logicalId);
        }
    }

    static String path(String logicalId) {
        return "$.Resources." + logicalId + ".Properties";
    }

    @Override
    public JsonNode attribute(String logicalId, String attr, String at) throws Unresolved {
        String type = type(logicalId).orElse("");
        JsonNode p = props(logicalId);
        switch (type + "." + attr) {
            case "AWS::EC2::VPC.DefaultNetworkAcl" -> {
                return JSON.textNode(defaultAcl(logicalId));
            }
            case "AWS::EC2::VPC.DefaultSecurityGroup" -> {
                return JSON.textNode(defaultGroup(logicalId));
            }
            case "AWS::EC2::EIP.PublicIp" -> {
                return JSON.textNode(publicIp(logicalId));
            }
            case "AWS::EC2::Instance.PrivateIp" -> {
                JsonNode ip = p.get("PrivateIpAddress");
                if (ip == null) {
                    for (JsonNode n : p.path("NetworkInterfaces")) {
                        if (n.has("PrivateIpAddress")) {
                            ip = n.get("PrivateIpAddress");
                        }
                    }
                }
                if (ip == null) {
                    throw new Unresolved(at, logicalId + ".PrivateIp is assigned by AWS at launch");
                }
                return ip;
            }
            case "AWS::EC2::Subnet.AvailabilityZone", "AWS::EC2::Instance.AvailabilityZone" -> {
                if (p.has("AvailabilityZone")) {
                    return p.get("AvailabilityZone");
                }
                if (p.has("SubnetId") && resourcesNode.has(p.get("SubnetId").asText())) {
                    return attribute(p.get("SubnetId").asText(), "AvailabilityZone", at);
                }
                throw new Unresolved(at, logicalId + ".AvailabilityZone is chosen by AWS");
            }
            case "AWS::S3::Bucket.Arn" -> {
                return JSON.textNode("arn:aws:s3:::" + bucketName(logicalId));
            }
            case "AWS::S3::Bucket.DomainName" -> {
                return JSON.textNode(bucketName(logicalId) + ".s3.amazonaws.com");
            }
            case "AWS::S3::Bucket.RegionalDomainName" -> {
                return JSON.textNode(bucketName(logicalId) + ".s3." + region + ".amazonaws.com");
            }
            case "AWS::EC2::VPCEndpointService.ServiceName" -> {
                return JSON.textNode(serviceName(logicalId));
            }
            default -> {}
        }
        if (attr.equals("Id")
                || attr.equals(idAttribute(type))
                || attr.endsWith("Arn") && type.startsWith("AWS::ElasticLoadBalancingV2::")) {
            return JSON.textNode(physicalId(logicalId));
        }
        JsonNode v = p.get(attr);
        if (v != null) {
            return v;
        }
        throw new Unresolved(at, "Fn::GetAtt " + logicalId + "." + attr + " is known only to AWS");
    }

    /** The attribute that is the resource's id ({@code VpcId}, {@code GroupId}, ...). */
    private static String idAttribute(String type) {
        return switch (type) {
            case "AWS::EC2::VPC" -> "VpcId";
            case "AWS::EC2::Subnet" -> "SubnetId";
            case "AWS::EC2::SecurityGroup" -> "GroupId";
            case "AWS::EC2::RouteTable" -> "RouteTableId";
            case "AWS::EC2::NetworkAcl" -> "Id";
            case "AWS::EC2::EIP" -> "AllocationId";
            case "AWS::EC2::InternetGateway" -> "InternetGatewayId";
            case "AWS::EC2::NatGateway" -> "NatGatewayId";
            case "AWS::EC2::VPCEndpointService" -> "ServiceId";
            case "AWS::EC2::PrefixList" -> "PrefixListId";
            case "AWS::EC2::Instance" -> "InstanceId";
            case "AWS::EC2::TransitGateway" -> "TransitGatewayId";
            case "AWS::EC2::VPCPeeringConnection" -> "VpcPeeringConnectionId";
            case "AWS::EC2::VPNGateway" -> "VPNGatewayId";
            case "AWS::EC2::CustomerGateway" -> "CustomerGatewayId";
            case "AWS::EC2::VPNConnection" -> "VpnConnectionId";
            case "AWS::EC2::TransitGatewayRouteTable" -> "TransitGatewayRouteTableId";
            default -> "Id";
        };
    }

    String serviceName(String logicalId) {
        return "com.amazonaws.vpce." + region + "." + physicalId(logicalId);
    }

    static String defaultAcl(String vpc) {
        return vpc + "-default-acl";
    }

    static String defaultGroup(String vpc) {
        return "sg-" + vpc.toLowerCase(Locale.ROOT) + "-default";
    }

    static String mainTable(String vpc) {
        return vpc + "-main-rtb";
    }

    /** An Elastic IP's address: its {@code Address}, else a placeholder AWS would assign. */
    private String publicIp(String logicalId) throws Unresolved {
        String known = publicIps.get(logicalId);
        if (known != null) {
            return known;
        }
        JsonNode a = props(logicalId).get("Address");
        String ip;
        if (a != null && a.isTextual()) {
            ip = a.asText();
        } else {
            ip = placeholderPublicIp();
            report.add(
                    Outcome.ASSUMED,
                    file.name(),
                    path(logicalId),
                    Message.of("import.assumed.cfnPublicIp", logicalId, ip));
        }
        publicIps.put(logicalId, ip);
        return ip;
    }

    /** An address of TEST-NET-2 (RFC 5737) that the template does not use. */
    private String placeholderPublicIp() {
        String ip;
        do {
            ip = "198.51.100." + nextPublic++;
        } while (!usedPublic.add(ip) || file.text().contains(ip));
        return ip;
    }

    // ---------------------------------------------------------------- the rewrite

    /** The template's resources as Terraform resources, each located at its template path. */
    List<Resource> rewrite(List<String> logicalIds) throws ImportFailure {
        List<Resource> out = new ArrayList<>();
        Map<String, String> subnetVpc = new HashMap<>();
        Map<String, JsonNode> subnets = new LinkedHashMap<>();
        Map<String, String> eipInstance = new HashMap<>();
        for (String id : logicalIds) {
            JsonNode p = propsReported(id);
            switch (type(id).orElse("")) {
                case "AWS::EC2::Subnet" -> {
                    subnetVpc.put(id, p.path("VpcId").asText(""));
                    subnets.put(id, p);
                }
                case "AWS::EC2::EIPAssociation" -> {
                    String alloc = p.path("AllocationId").asText(p.path("EIP").asText(""));
                    if (!alloc.isEmpty() && p.has("InstanceId")) {
                        eipInstance.put(alloc, p.get("InstanceId").asText());
                    }
                }
                default -> {}
            }
        }
        Addresses addresses = new Addresses(subnets);
        for (String id : logicalIds) {
            JsonNode p = propsReported(id);
            String type = type(id).orElse("");
            ObjectNode v = JSON.objectNode();
            v.put("id", physicalId(id));
            String tf = null;
            switch (type) {
                case "AWS::EC2::VPC" -> {
                    tf = "aws_vpc";
                    copy(p, "CidrBlock", v, "cidr_block");
                    v.put("enable_dns_support", p.path("EnableDnsSupport").asBoolean(true));
                    v.put("enable_dns_hostnames", p.path("EnableDnsHostnames").asBoolean(false));
                    v.put("owner_id", account);
                    v.put("arn", "arn:aws:ec2:" + region + ":" + account + ":vpc/" + id);
                    v.put("main_route_table_id", mainTable(id));
                    v.put("default_network_acl_id", defaultAcl(id));
                    ObjectNode sg = JSON.objectNode();
                    sg.put("id", defaultGroup(id));
                    sg.put("vpc_id", id);
                    sg.putArray("ingress").addObject().put("protocol", "-1").put("self", true);
                    sg.putArray("egress")
                            .addObject()
                            .put("protocol", "-1")
                            .putArray("cidr_blocks")
                            .add("0.0.0.0/0");
                    out.add(resource(id, "aws_default_security_group", sg));
                    assumed(
                            id,
                            "import.assumed.cfnDefaults",
                            id,
                            mainTable(id),
                            defaultAcl(id),
                            defaultGroup(id));
                }
                case "AWS::EC2::Subnet" -> {
                    tf = "aws_subnet";
                    copy(p, "VpcId", v, "vpc_id");
                    copy(p, "CidrBlock", v, "cidr_block");
                    copy(p, "Ipv6CidrBlock", v, "ipv6_cidr_block");
                    copy(p, "AvailabilityZoneId", v, "availability_zone_id");
                    if (p.has("AvailabilityZone")) {
                        copy(p, "AvailabilityZone", v, "availability_zone");
                    } else if (!p.has("AvailabilityZoneId")) {
                        v.put("availability_zone", region + "a");
                        assumed(id, "import.assumed.cfnZone", id, region + "a");
                    }
                    v.put("owner_id", account);
                }
                case "AWS::EC2::RouteTable" -> {
                    tf = "aws_route_table";
                    copy(p, "VpcId", v, "vpc_id");
                }
                case "AWS::EC2::Route" -> {
                    tf = "aws_route";
                    copy(p, "RouteTableId", v, "route_table_id");
                    copy(p, "DestinationCidrBlock", v, "destination_cidr_block");
                    copy(p, "DestinationIpv6CidrBlock", v, "destination_ipv6_cidr_block");
                    copy(p, "DestinationPrefixListId", v, "destination_prefix_list_id");
                    copy(p, "GatewayId", v, "gateway_id");
                    copy(p, "NatGatewayId", v, "nat_gateway_id");
                    copy(p, "TransitGatewayId", v, "transit_gateway_id");
                    copy(p, "VpcPeeringConnectionId", v, "vpc_peering_connection_id");
                    copy(p, "EgressOnlyInternetGatewayId", v, "egress_only_gateway_id");
                    copy(p, "NetworkInterfaceId", v, "network_interface_id");
                    copy(p, "InstanceId", v, "instance_id");
                    copy(p, "VpcEndpointId", v, "vpc_endpoint_id");
                }
                case "AWS::EC2::SubnetRouteTableAssociation" -> {
                    tf = "aws_route_table_association";
                    copy(p, "SubnetId", v, "subnet_id");
                    copy(p, "RouteTableId", v, "route_table_id");
                }
                case "AWS::EC2::SecurityGroup" -> {
                    tf = "aws_security_group";
                    copy(p, "VpcId", v, "vpc_id");
                    v.put("name", p.path("GroupName").asText(id));
                    ArrayNode in = v.putArray("ingress");
                    for (JsonNode r : p.path("SecurityGroupIngress")) {
                        in.add(rule(r, false));
                    }
                    ArrayNode eg = v.putArray("egress");
                    if (p.has("SecurityGroupEgress")) {
                        for (JsonNode r : p.path("SecurityGroupEgress")) {
                            eg.add(rule(r, true));
                        }
                    } else {
                        // AWS adds allow-all egress unless the group lists its own.
                        eg.addObject()
                                .put("protocol", "-1")
                                .putArray("cidr_blocks")
                                .add("0.0.0.0/0");
                    }
                }
                case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" -> {
                    tf = "aws_security_group_rule";
                    boolean egress = type.endsWith("Egress");
                    v.setAll(rule(p, egress));
                    v.put("id", id);
                    v.put("type", egress ? "egress" : "ingress");
                    copy(p, "GroupId", v, "security_group_id");
                }
                case "AWS::EC2::NetworkAcl" -> {
                    tf = "aws_network_acl";
                    copy(p, "VpcId", v, "vpc_id");
                }
                case "AWS::EC2::NetworkAclEntry" -> {
                    tf = "aws_network_acl_rule";
                    copy(p, "NetworkAclId", v, "network_acl_id");
                    copy(p, "RuleNumber", v, "rule_number");
                    v.put("egress", p.path("Egress").asBoolean(false));
                    copy(p, "Protocol", v, "protocol");
                    copy(p, "RuleAction", v, "rule_action");
                    copy(p, "CidrBlock", v, "cidr_block");
                    copy(p, "Ipv6CidrBlock", v, "ipv6_cidr_block");
                    if (p.has("PortRange")) {
                        copy(p.get("PortRange"), "From", v, "from_port");
                        copy(p.get("PortRange"), "To", v, "to_port");
                    }
                }
                case "AWS::EC2::SubnetNetworkAclAssociation" -> {
                    tf = "aws_network_acl_association";
                    copy(p, "SubnetId", v, "subnet_id");
                    copy(p, "NetworkAclId", v, "network_acl_id");
                }
                case "AWS::EC2::Instance" -> {
                    tf = "aws_instance";
                    instance(id, p, v, subnetVpc, addresses);
                }
                case "AWS::EC2::InternetGateway" -> tf = "aws_internet_gateway";
                case "AWS::EC2::EgressOnlyInternetGateway" -> {
                    tf = "aws_egress_only_internet_gateway";
                    copy(p, "VpcId", v, "vpc_id");
                }
                case "AWS::EC2::VPCGatewayAttachment" -> {
                    copy(p, "VpcId", v, "vpc_id");
                    if (p.has("InternetGatewayId")) {
                        tf = "aws_internet_gateway_attachment";
                        copy(p, "InternetGatewayId", v, "internet_gateway_id");
                    } else {
                        tf = "aws_vpn_gateway_attachment";
                        copy(p, "VpnGatewayId", v, "vpn_gateway_id");
                    }
                }
                case "AWS::EC2::EIP" -> {
                    tf = "aws_eip";
                    v.put("public_ip", resolvedPublicIp(id));
                    String instance =
                            p.has("InstanceId")
                                    ? p.get("InstanceId").asText()
                                    : eipInstance.getOrDefault(
                                            id, eipInstance.get(v.path("public_ip").asText()));
                    if (instance != null) {
                        v.put("instance", instance);
                    }
                }
                case "AWS::EC2::EIPAssociation" -> {
                    continue; // read into the Elastic IP above
                }
                case "AWS::EC2::NatGateway" -> {
                    tf = "aws_nat_gateway";
                    copy(p, "SubnetId", v, "subnet_id");
                    v.put("connectivity_type", p.path("ConnectivityType").asText("public"));
                    String subnet = p.path("SubnetId").asText("");
                    Optional<String> ip =
                            Optional.ofNullable(p.get("PrivateIpAddress")).map(JsonNode::asText);
                    if (ip.isEmpty()) {
                        ip = addresses.next(subnet);
                        ip.ifPresent(
                                x -> assumed(id, "import.assumed.cfnPrivateIp", id, x, subnet));
                    }
                    ip.ifPresent(x -> v.put("private_ip", x));
                    String alloc = p.path("AllocationId").asText("");
                    if (!alloc.isEmpty()) {
                        Optional<String> eip =
                                logicalIds.contains(alloc)
                                        ? Optional.of(resolvedPublicIp(alloc))
                                        : Optional.empty();
                        eip.ifPresent(x -> v.put("public_ip", x));
                    }
                }
                case "AWS::EC2::VPCPeeringConnection" -> {
                    tf = "aws_vpc_peering_connection";
                    copy(p, "VpcId", v, "vpc_id");
                    copy(p, "PeerVpcId", v, "peer_vpc_id");
                    copy(p, "PeerRegion", v, "peer_region");
                    v.put("accept_status", "active");
                }
                case "AWS::EC2::PrefixList" -> {
                    tf = "aws_ec2_managed_prefix_list";
                    copy(p, "PrefixListName", v, "name");
                    copy(p, "AddressFamily", v, "address_family");
                    ArrayNode e = v.putArray("entry");
                    for (JsonNode x : p.path("Entries")) {
                        copy(x, "Cidr", e.addObject(), "cidr");
                    }
                }
                default -> tf = services(id, type, p, v, subnetVpc, out);
            }
            if ("skip".equals(tf)) {
                continue; // rewritten as several resources above
            }
            if (tf == null) {
                report.add(
                        Outcome.IGNORED,
                        file.name(),
                        "$.Resources." + id,
                        Message.of("import.ignored.cfnType", id, type));
                continue;
            }
            out.add(resource(id, tf, v));
        }
        return out;
    }

    /** The service resource types; null for a type the lab does not model. */
    private String services(
            String id,
            String type,
            JsonNode p,
            ObjectNode v,
            Map<String, String> subnetVpc,
            List<Resource> out)
            throws ImportFailure {
        switch (type) {
            case "AWS::EC2::VPCEndpoint" -> {
                copy(p, "VpcId", v, "vpc_id");
                copy(p, "ServiceName", v, "service_name");
                String kind = p.path("VpcEndpointType").asText("Gateway");
                v.put("vpc_endpoint_type", kind);
                v.put("state", "available");
                v.set("route_table_ids", strings(p.path("RouteTableIds")));
                v.set("subnet_ids", strings(p.path("SubnetIds")));
                ArrayNode groups = strings(p.path("SecurityGroupIds"));
                if (groups.isEmpty() && kind.equalsIgnoreCase("Interface") && p.has("VpcId")) {
                    // AWS gives an interface endpoint the VPC's default group when none is named.
                    groups.add(defaultGroup(p.get("VpcId").asText()));
                }
                v.set("security_group_ids", groups);
                v.put("private_dns_enabled", p.path("PrivateDnsEnabled").asBoolean(false));
                if (p.has("DnsOptions")) {
                    v.putArray("dns_options")
                            .addObject()
                            .put(
                                    "private_dns_only_for_inbound_resolver_endpoint",
                                    inboundOnly(
                                            p.get("DnsOptions")
                                                    .path(
                                                            "PrivateDnsOnlyForInboundResolverEndpoint")));
                }
                policy(p, "PolicyDocument", v);
                if (kind.equalsIgnoreCase("Gateway")) {
                    // AWS puts the service's prefix list in the endpoint's route tables; a
                    // template does not name it: the catalog's, reported.
                    String svc = p.path("ServiceName").asText("");
                    Optional<PrefixListEntry> pl =
                            AwsCatalog.standard()
                                    .prefixList(region, svc.substring(svc.lastIndexOf('.') + 1));
                    if (pl.isPresent()) {
                        v.put("prefix_list_id", pl.get().id());
                        ArrayNode cidrs = v.putArray("cidr_blocks");
                        pl.get().cidrs().forEach(c -> cidrs.add(c.toString()));
                        assumed(id, "import.assumed.prefixList", pl.get().id(), svc);
                    }
                }
                if (kind.equalsIgnoreCase("Interface")) {
                    String svc = p.path("ServiceName").asText("");
                    String label = svc.substring(svc.lastIndexOf('.') + 1);
                    String suffix =
                            label.startsWith("vpce-svc-")
                                    ? label + "." + region + ".vpce.amazonaws.com"
                                    : label + "." + region + ".vpce.amazonaws.com";
                    String regional = physicalId(id) + "." + suffix;
                    v.putArray("dns_entry").addObject().put("dns_name", regional);
                    assumed(id, "import.assumed.cfnEndpointDns", id, regional);
                }
                return "aws_vpc_endpoint";
            }
            case "AWS::EC2::VPCEndpointService" -> {
                v.put("service_name", serviceName(id));
                v.put("acceptance_required", p.path("AcceptanceRequired").asBoolean(true));
                v.set("network_load_balancer_arns", strings(p.path("NetworkLoadBalancerArns")));
                v.putArray("allowed_principals");
                return "aws_vpc_endpoint_service";
            }
            case "AWS::EC2::VPCEndpointServicePermissions" -> {
                String service = p.path("ServiceId").asText("");
                int k = 0;
                for (JsonNode a : p.path("AllowedPrincipals")) {
                    ObjectNode x = JSON.objectNode();
                    x.put("id", id + "-" + k++);
                    x.put("vpc_endpoint_service_id", service);
                    x.put("principal_arn", a.asText());
                    out.add(resource(id, "aws_vpc_endpoint_service_allowed_principal", x));
                }
                return "skip";
            }
            case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
                v.put("arn", physicalId(id));
                v.put("name", name(id, "Name"));
                v.put("load_balancer_type", p.path("Type").asText("application"));
                v.put("internal", "internal".equals(p.path("Scheme").asText("internet-facing")));
                ArrayNode subnets = strings(p.path("Subnets"));
                ArrayNode mappings = v.putArray("subnet_mapping");
                for (JsonNode m : p.path("SubnetMappings")) {
                    ObjectNode o = mappings.addObject();
                    copy(m, "SubnetId", o, "subnet_id");
                    copy(m, "PrivateIPv4Address", o, "private_ipv4_address");
                    if (m.has("SubnetId")) {
                        subnets.add(m.get("SubnetId").asText());
                    }
                }
                v.set("subnets", subnets);
                if (!subnets.isEmpty()) {
                    String vpc = subnetVpc.get(subnets.get(0).asText());
                    if (vpc != null) {
                        v.put("vpc_id", vpc);
                    }
                }
                v.set("security_groups", strings(p.path("SecurityGroups")));
                for (JsonNode a : p.path("LoadBalancerAttributes")) {
                    if (a.path("Key").asText().equals("load_balancing.cross_zone.enabled")) {
                        v.put("enable_cross_zone_load_balancing", a.path("Value").asBoolean());
                    }
                }
                return "aws_lb";
            }
            case "AWS::ElasticLoadBalancingV2::Listener" -> {
                v.put("arn", physicalId(id));
                copy(p, "LoadBalancerArn", v, "load_balancer_arn");
                copy(p, "Port", v, "port");
                copy(p, "Protocol", v, "protocol");
                ArrayNode actions = v.putArray("default_action");
                for (JsonNode a : p.path("DefaultActions")) {
                    ObjectNode o = actions.addObject();
                    o.put("type", a.path("Type").asText("forward"));
                    copy(a, "TargetGroupArn", o, "target_group_arn");
                    JsonNode groups = a.path("ForwardConfig").path("TargetGroups");
                    if (!o.has("target_group_arn") && groups.size() > 0) {
                        copy(groups.get(0), "TargetGroupArn", o, "target_group_arn");
                    }
                }
                return "aws_lb_listener";
            }
            case "AWS::ElasticLoadBalancingV2::TargetGroup" -> {
                String arn = physicalId(id);
                v.put("arn", arn);
                copy(p, "Protocol", v, "protocol");
                copy(p, "Port", v, "port");
                copy(p, "VpcId", v, "vpc_id");
                v.put("target_type", p.path("TargetType").asText("instance"));
                int k = 0;
                for (JsonNode t : p.path("Targets")) {
                    ObjectNode x = JSON.objectNode();
                    x.put("id", id + "-target-" + k++);
                    x.put("target_group_arn", arn);
                    copy(t, "Id", x, "target_id");
                    copy(t, "Port", x, "port");
                    out.add(resource(id, "aws_lb_target_group_attachment", x));
                }
                return "aws_lb_target_group";
            }
            case "AWS::EC2::TransitGateway" -> {
                String association = p.path("DefaultRouteTableAssociation").asText("enable");
                String propagation = p.path("DefaultRouteTablePropagation").asText("enable");
                v.put("default_route_table_association", association);
                v.put("default_route_table_propagation", propagation);
                String table = id + "-default-rtb";
                v.put(
                        "association_default_route_table_id",
                        p.path("AssociationDefaultRouteTableId").asText(table));
                v.put(
                        "propagation_default_route_table_id",
                        p.path("PropagationDefaultRouteTableId").asText(table));
                return "aws_ec2_transit_gateway";
            }
            case "AWS::EC2::TransitGatewayAttachment", "AWS::EC2::TransitGatewayVpcAttachment" -> {
                copy(p, "TransitGatewayId", v, "transit_gateway_id");
                copy(p, "VpcId", v, "vpc_id");
                v.set("subnet_ids", strings(p.path("SubnetIds")));
                v.put("transit_gateway_default_route_table_association", true);
                v.put("transit_gateway_default_route_table_propagation", true);
                return "aws_ec2_transit_gateway_vpc_attachment";
            }
            case "AWS::EC2::TransitGatewayRouteTable" -> {
                copy(p, "TransitGatewayId", v, "transit_gateway_id");
                return "aws_ec2_transit_gateway_route_table";
            }
            case "AWS::EC2::TransitGatewayRoute" -> {
                copy(p, "TransitGatewayRouteTableId", v, "transit_gateway_route_table_id");
                copy(p, "DestinationCidrBlock", v, "destination_cidr_block");
                v.put("blackhole", p.path("Blackhole").asBoolean(false));
                copy(p, "TransitGatewayAttachmentId", v, "transit_gateway_attachment_id");
                return "aws_ec2_transit_gateway_route";
            }
            case "AWS::EC2::TransitGatewayRouteTableAssociation" -> {
                copy(p, "TransitGatewayAttachmentId", v, "transit_gateway_attachment_id");
                copy(p, "TransitGatewayRouteTableId", v, "transit_gateway_route_table_id");
                return "aws_ec2_transit_gateway_route_table_association";
            }
            case "AWS::EC2::TransitGatewayRouteTablePropagation" -> {
                copy(p, "TransitGatewayAttachmentId", v, "transit_gateway_attachment_id");
                copy(p, "TransitGatewayRouteTableId", v, "transit_gateway_route_table_id");
                return "aws_ec2_transit_gateway_route_table_propagation";
            }
            case "AWS::EC2::VPNGateway" -> {
                return "aws_vpn_gateway";
            }
            case "AWS::EC2::VPNGatewayRoutePropagation" -> {
                int k = 0;
                for (JsonNode t : p.path("RouteTableIds")) {
                    ObjectNode x = JSON.objectNode();
                    x.put("id", id + "-" + k++);
                    x.put("route_table_id", t.asText());
                    copy(p, "VpnGatewayId", x, "vpn_gateway_id");
                    out.add(resource(id, "aws_vpn_gateway_route_propagation", x));
                }
                return "skip";
            }
            case "AWS::EC2::CustomerGateway" -> {
                copy(p, "IpAddress", v, "ip_address");
                return "aws_customer_gateway";
            }
            case "AWS::EC2::VPNConnection" -> {
                copy(p, "CustomerGatewayId", v, "customer_gateway_id");
                copy(p, "VpnGatewayId", v, "vpn_gateway_id");
                copy(p, "TransitGatewayId", v, "transit_gateway_id");
                v.put("static_routes_only", p.path("StaticRoutesOnly").asBoolean(false));
                copy(p, "RemoteIpv4NetworkCidr", v, "remote_ipv4_network_cidr");
                if (p.has("TransitGatewayId")) {
                    // AWS makes the attachment; a template cannot name it.
                    v.put("transit_gateway_attachment_id", id + "-attachment");
                    assumed(id, "import.assumed.cfnVpnAttachment", id, id + "-attachment");
                }
                return "aws_vpn_connection";
            }
            case "AWS::EC2::VPNConnectionRoute" -> {
                copy(p, "VpnConnectionId", v, "vpn_connection_id");
                copy(p, "DestinationCidrBlock", v, "destination_cidr_block");
                return "aws_vpn_connection_route";
            }
            case "AWS::S3::Bucket" -> {
                v.put("bucket", bucketName(id));
                v.put("region", region);
                if (!raw(id).path("BucketName").isTextual()) {
                    assumed(id, "import.assumed.cfnBucketName", id, bucketName(id));
                }
                return "aws_s3_bucket";
            }
            case "AWS::S3::BucketPolicy" -> {
                copy(p, "Bucket", v, "bucket");
                policy(p, "PolicyDocument", v);
                return "aws_s3_bucket_policy";
            }
            default -> {
                return null;
            }
        }
    }

    private void instance(
            String id,
            JsonNode p,
            ObjectNode v,
            Map<String, String> subnetVpc,
            Addresses addresses) {
        JsonNode primary = MissingNode.getInstance();
        for (JsonNode n : p.path("NetworkInterfaces")) {
            if (n.path("DeviceIndex").asText("0").equals("0")) {
                primary = n;
            }
        }
        String subnet = p.path("SubnetId").asText(primary.path("SubnetId").asText(""));
        if (!subnet.isEmpty()) {
            v.put("subnet_id", subnet);
        }
        ArrayNode groups = strings(p.path("SecurityGroupIds"));
        groups.addAll(strings(primary.path("GroupSet")));
        if (groups.isEmpty() && subnetVpc.containsKey(subnet)) {
            groups.add(defaultGroup(subnetVpc.get(subnet)));
        }
        v.set("vpc_security_group_ids", groups);
        String ip = p.path("PrivateIpAddress").asText(primary.path("PrivateIpAddress").asText(""));
        if (ip.isEmpty()) {
            Optional<String> next = addresses.next(subnet);
            if (next.isPresent()) {
                ip = next.get();
                assumed(id, "import.assumed.cfnPrivateIp", id, ip, subnet);
            }
        }
        if (!ip.isEmpty()) {
            v.put("private_ip", ip);
        }
        copy(p, "IamInstanceProfile", v, "iam_instance_profile");
        v.put("instance_state", "running");
        if (primary.path("AssociatePublicIpAddress").asBoolean(false)) {
            String pub = placeholderPublicIp();
            v.put("public_ip", pub);
            assumed(id, "import.assumed.cfnPublicIp", id, pub);
        }
    }

    /**
     * The private addresses AWS would give at launch: the subnet's from the first it does not
     * reserve (the fifth), clear of the addresses the template names.
     */
    private final class Addresses {
        private final Map<String, JsonNode> subnets;
        private final Map<String, Long> next = new HashMap<>();

        Addresses(Map<String, JsonNode> subnets) {
            this.subnets = subnets;
        }

        Optional<String> next(String subnet) {
            JsonNode s = subnets.get(subnet);
            Optional<Cidr> cidr =
                    s == null ? Optional.empty() : Cidr.tryParse(s.path("CidrBlock").asText());
            if (cidr.isEmpty()) {
                return Optional.empty();
            }
            long n = next.getOrDefault(subnet, 4L);
            String ip;
            do {
                ip = cidr.get().address(n++).toString();
            } while (file.text().contains(ip + "\"")
                    || file.text().contains(ip + "\n")
                    || file.text().contains(ip + "'"));
            next.put(subnet, n);
            return Optional.of(ip);
        }
    }

    /** A CloudFormation security group rule as a Terraform inline rule. */
    private ObjectNode rule(JsonNode r, boolean egress) {
        ObjectNode o = JSON.objectNode();
        String protocol = r.path("IpProtocol").asText("-1");
        o.put("protocol", protocol);
        if (!protocol.equals("-1")) {
            copy(r, "FromPort", o, "from_port");
            copy(r, "ToPort", o, "to_port");
        }
        if (r.has("CidrIp")) {
            o.putArray("cidr_blocks").add(r.get("CidrIp").asText());
        }
        if (r.has("CidrIpv6")) {
            o.putArray("ipv6_cidr_blocks").add(r.get("CidrIpv6").asText());
        }
        String pl = egress ? "DestinationPrefixListId" : "SourcePrefixListId";
        if (r.has(pl)) {
            o.putArray("prefix_list_ids").add(r.get(pl).asText());
        }
        String group = egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId";
        if (r.has(group)) {
            o.putArray("security_groups").add(r.get(group).asText());
        }
        return o;
    }

    /** CloudFormation says {@code OnlyInboundResolver} where the API says true. */
    private static boolean inboundOnly(JsonNode v) {
        return v.isBoolean() ? v.booleanValue() : v.asText().equals("OnlyInboundResolver");
    }

    private static void policy(JsonNode p, String field, ObjectNode v) {
        JsonNode d = p.get(field);
        if (d != null) {
            v.put("policy", d.isTextual() ? d.asText() : d.toString());
        }
    }

    private String resolvedPublicIp(String logicalId) {
        try {
            return publicIp(logicalId);
        } catch (Unresolved u) {
            resolver.unresolved(u);
            return placeholderPublicIp();
        }
    }

    private JsonNode propsReported(String id) {
        try {
            return props(id);
        } catch (Unresolved u) {
            resolver.unresolved(u);
            return JSON.objectNode();
        }
    }

    private Resource resource(String logicalId, String tfType, ObjectNode values) {
        Item where = new Item(file, path(logicalId), "/Resources/" + logicalId, values);
        return new Resource("$.Resources." + logicalId, tfType, true, where);
    }

    private void assumed(String logicalId, String key, Object... args) {
        report.add(Outcome.ASSUMED, file.name(), path(logicalId), Message.of(key, args));
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String key) {
        JsonNode v = from.get(field);
        if (v != null && v.isValueNode() && !v.isNull()) {
            to.set(key, v);
        }
    }

    private static ArrayNode strings(JsonNode list) {
        ArrayNode a = JSON.arrayNode();
        if (list.isArray()) {
            for (Iterator<JsonNode> it = list.elements(); it.hasNext(); ) {
                JsonNode x = it.next();
                if (x.isValueNode()) {
                    a.add(x.asText());
                }
            }
        } else if (list.isTextual()) {
            a.add(list.asText());
        }
        return a;
    }
}
