package dev.vpclab.format;

import dev.vpclab.check.ProblemCodes;
import dev.vpclab.format.TreeNode.Mapping;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one entry of {@code components}: its {@code kind} and {@code id}, then the fields of its
 * kind through the reader of its family. A component with any error is left out (and the lab with
 * it); unknown fields are warnings.
 */
final class ComponentReader {
    private ComponentReader() {}

    static Optional<Component> read(ReadContext ctx, String path, TreeNode node) {
        if (!(node instanceof Mapping map)) {
            Fields top = Fields.of(ctx, "", "lab", "", emptyMapAt(node));
            top.wrongType(path, node, "map");
            return Optional.empty();
        }
        Optional<String> id = idOf(map);
        // Without an id, problems are named by the entry's position in the list.
        Fields f =
                id.isPresent()
                        ? Fields.of(ctx, id.get(), kindText(map), "", map)
                        : Fields.of(ctx, "", kindText(map), path + ".", map);
        id.ifPresent(i -> ctx.sourceMap().component(i, map.at()));
        String idText = f.text("id");
        f.claimId(idText);
        Optional<ComponentKind> kind = kind(f);
        if (kind.isEmpty()) {
            return Optional.empty(); // the fields of an unknown kind cannot be checked
        }
        Optional<Component> component;
        try {
            component = Optional.of(readKind(kind.get(), f));
        } catch (IllegalArgumentException e) {
            // a model constructor refused a combination the field checks let through
            f.invalid(f.path("id"), map, e.getMessage());
            component = Optional.empty();
        }
        f.finish();
        return f.failed() ? Optional.empty() : component;
    }

    private static Optional<String> idOf(Mapping map) {
        TreeNode.Entry entry = map.entries().get("id");
        return entry != null
                        && entry.value() instanceof TreeNode.Scalar s
                        && !s.isNull()
                        && !s.text().isBlank()
                ? Optional.of(s.text())
                : Optional.empty();
    }

    /** The kind as written, for messages; "component" when it is absent, null or blank. */
    private static String kindText(Mapping map) {
        TreeNode.Entry entry = map.entries().get("kind");
        return entry != null
                        && entry.value() instanceof TreeNode.Scalar s
                        && !s.isNull()
                        && !s.text().isBlank()
                ? s.text()
                : "component";
    }

    private static Optional<ComponentKind> kind(Fields f) {
        String known =
                Arrays.stream(ComponentKind.values())
                        .map(ComponentKind::fileName)
                        .collect(Collectors.joining(", "));
        Optional<TreeNode> node = f.node("kind");
        TreeNode.Entry written = f.map().entries().get("kind");
        if (node.isEmpty() && written == null) {
            f.missing("kind");
            return Optional.empty();
        }
        if (node.isEmpty() || node.get() instanceof TreeNode.Scalar s && s.text().isBlank()) {
            // kind: null, kind: '' or kind: with nothing after it
            f.error(
                    ProblemCodes.MISSING_FIELD,
                    f.path("kind"),
                    written.value().at(),
                    Message.of("format.emptyKind", known));
            return Optional.empty();
        }
        Optional<String> text = f.scalarText(f.path("kind"), node.get());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ComponentKind> kind = ComponentKind.fromFileName(text.get().trim());
        if (kind.isEmpty()) {
            f.error(
                    ProblemCodes.UNKNOWN_KIND,
                    f.path("kind"),
                    node.get().at(),
                    Message.of("format.unknownKind", text.get(), known));
        }
        return kind;
    }

    private static Component readKind(ComponentKind kind, Fields f) {
        return switch (kind) {
            case REGION -> NetworkReaders.region(f);
            case VPC -> NetworkReaders.vpc(f);
            case SUBNET -> NetworkReaders.subnet(f);
            case ROUTE_TABLE -> NetworkReaders.routeTable(f);
            case NACL -> NetworkReaders.nacl(f);
            case SECURITY_GROUP -> NetworkReaders.securityGroup(f);
            case INSTANCE -> ConnectivityReaders.instance(f);
            case INTERNET_GATEWAY -> ConnectivityReaders.internetGateway(f);
            case EGRESS_ONLY_INTERNET_GATEWAY -> ConnectivityReaders.egressOnlyInternetGateway(f);
            case NAT_GATEWAY -> ConnectivityReaders.natGateway(f);
            case VPC_PEERING -> ConnectivityReaders.vpcPeering(f);
            case TRANSIT_GATEWAY -> ConnectivityReaders.transitGateway(f);
            case TRANSIT_GATEWAY_ATTACHMENT -> ConnectivityReaders.transitGatewayAttachment(f);
            case VIRTUAL_PRIVATE_GATEWAY -> ConnectivityReaders.virtualPrivateGateway(f);
            case VPN_CONNECTION -> ConnectivityReaders.vpnConnection(f);
            case ON_PREMISES -> ConnectivityReaders.onPremises(f);
            case ON_PREMISES_HOST -> ConnectivityReaders.onPremisesHost(f);
            case INTERNET_HOST -> ConnectivityReaders.internetHost(f);
            case MANAGED_PREFIX_LIST -> EndpointReaders.managedPrefixList(f);
            case GATEWAY_ENDPOINT -> EndpointReaders.gatewayEndpoint(f);
            case INTERFACE_ENDPOINT -> EndpointReaders.interfaceEndpoint(f);
            case ENDPOINT_SERVICE -> EndpointReaders.endpointService(f);
            case NLB -> EndpointReaders.nlb(f);
            case AWS_SERVICE -> EndpointReaders.awsService(f);
            case RESOLVER_ENDPOINT -> DnsReaders.resolverEndpoint(f);
            case RESOLVER_RULE -> DnsReaders.resolverRule(f);
            case PRIVATE_HOSTED_ZONE -> DnsReaders.privateHostedZone(f);
            case ON_PREMISES_RESOLVER -> DnsReaders.onPremisesResolver(f);
            case DIRECT_CONNECT_GATEWAY -> ConnectivityReaders.directConnectGateway(f);
            case VIRTUAL_INTERFACE -> ConnectivityReaders.virtualInterface(f);
            case TRANSIT_GATEWAY_PEERING -> ConnectivityReaders.transitGatewayPeering(f);
            case GATEWAY_LOAD_BALANCER -> EndpointReaders.gatewayLoadBalancer(f);
            case GATEWAY_LOAD_BALANCER_ENDPOINT -> EndpointReaders.gatewayLoadBalancerEndpoint(f);
            case INSTANCE_CONNECT_ENDPOINT -> EndpointReaders.instanceConnectEndpoint(f);
        };
    }

    private static Mapping emptyMapAt(TreeNode node) {
        return new Mapping(java.util.Map.of(), node.at(), 1);
    }
}
