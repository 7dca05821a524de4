package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.AddressSet;
import dev.vpclab.model.Component;
import dev.vpclab.model.OnPremisesNetwork;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteOrigin;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import dev.vpclab.model.VpnConnection;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transit gateways (their VPC and VPN attachments, route tables with routes, associations and
 * propagations) and Site-to-Site VPN (virtual private gateways, VPN connections and the customer
 * gateways, each the end of an on-premises network the lab adds). What the output leaves out is
 * rebuilt as AWS makes it and reported: the routes a propagation puts in a transit gateway route
 * table, and the VPN routes a virtual private gateway propagates into a VPC route table.
 *
 * <p>{@code search-transit-gateway-routes} and the {@code get-transit-gateway-route-table-*}
 * commands do not say which table they describe: the file says it with a top-level {@code
 * TransitGatewayRouteTableId}, or the routes sit inside the table's own object, or the export has
 * one table.
 */
final class TransitNetwork {
    private final AwsInventory inv;
    private final ImportReport.Builder report;
    private final Ec2Network.RegionOf regionOf;
    private final Map<String, Component> built;

    /** A VPN attachment of a transit gateway is the VPN connection in the lab. */
    private final Map<String, String> attachmentTarget = new HashMap<>();

    private final Map<String, VpnConnection> vpns = new LinkedHashMap<>();

    /** Attachment id to the transit gateway route table it is associated with. */
    private Map<String, String> associations = Map.of();

    TransitNetwork(
            AwsInventory inv,
            ImportReport.Builder report,
            Ec2Network.RegionOf regionOf,
            Map<String, Component> built) {
        this.inv = inv;
        this.report = report;
        this.regionOf = regionOf;
        this.built = built;
    }

    /** Everything this part of the network adds to the lab, in an order that reads well. */
    List<Component> build() throws ImportFailure {
        List<Component> out = new ArrayList<>();
        out.addAll(keep(vpnGateways()));
        List<Component> vpnSide = keep(vpnConnections());
        List<TransitGatewayAttachment> attachments = keep(attachments());
        out.addAll(keep(transitGateways(attachments)));
        out.addAll(attachments);
        out.addAll(vpnSide);
        return out;
    }

    /** Later steps look up what earlier ones made. */
    private <T extends Component> List<T> keep(List<T> made) {
        made.forEach(c -> built.putIfAbsent(c.id(), c));
        return made;
    }

    private List<VirtualPrivateGateway> vpnGateways() throws ImportFailure {
        List<VirtualPrivateGateway> out = new ArrayList<>();
        for (Item g : inv.all("VpnGateways")) {
            String id = g.text("VpnGatewayId");
            Optional<String> vpc = Optional.empty();
            for (Item a : g.items("VpcAttachments")) {
                if ("attached".equals(a.optText("State").orElse("attached"))) {
                    vpc = vpc.or(() -> Ec2Network.opt(a, "VpcId"));
                }
            }
            if (vpc.isEmpty() || !live(g, id)) {
                if (vpc.isEmpty()) {
                    ignored(g, "import.ignored.detached", id);
                }
                continue;
            }
            read(g, id);
            out.add(new VirtualPrivateGateway(id, vpc.get()));
        }
        return out;
    }

    /** VPN connections and, for each customer gateway, the on-premises network behind it. */
    private List<Component> vpnConnections() throws ImportFailure {
        Map<String, IpAddress> gatewayIp = new HashMap<>();
        for (Item c : inv.all("CustomerGateways")) {
            String id = c.text("CustomerGatewayId");
            if (!live(c, id)) {
                continue;
            }
            gatewayIp.put(id, Ec2Network.ip(c, "IpAddress"));
            read(c, id);
        }
        Map<String, List<Cidr>> onPremCidrs = new LinkedHashMap<>();
        Map<String, Item> firstOfGateway = new HashMap<>();
        for (Item v : inv.all("VpnConnections")) {
            String id = v.text("VpnConnectionId");
            if (!live(v, id)) {
                continue;
            }
            String cgw = v.text("CustomerGatewayId");
            Optional<String> gateway =
                    v.optText("VpnGatewayId").or(() -> Ec2Network.opt(v, "TransitGatewayId"));
            if (gateway.isEmpty() || !gatewayIp.containsKey(cgw)) {
                ignored(v, "import.ignored.missing", id, gateway.orElse(cgw));
                continue;
            }
            boolean staticOnly = false;
            Optional<Item> options = v.object("Options");
            List<Cidr> statics = new ArrayList<>();
            if (options.isPresent()) {
                staticOnly = options.get().bool("StaticRoutesOnly", false);
            }
            for (Item r : v.items("Routes")) {
                String state = r.optText("State").orElse("available");
                Optional<String> c = r.optText("DestinationCidrBlock");
                if (c.isPresent() && !state.equals("deleted") && !state.equals("deleting")) {
                    statics.add(AwsDescribeImporter.cidr(r, "DestinationCidrBlock", c.get()));
                }
            }
            List<Cidr> remote = onPremCidrs.computeIfAbsent(cgw, k -> new ArrayList<>());
            remote.addAll(statics);
            remote.addAll(propagatedTo(gateway.get()));
            if (options.isPresent()) {
                Optional<String> r = options.get().optText("RemoteIpv4NetworkCidr");
                if (r.isPresent() && !r.get().equals("0.0.0.0/0")) {
                    remote.add(
                            AwsDescribeImporter.cidr(
                                    options.get(), "RemoteIpv4NetworkCidr", r.get()));
                }
            }
            firstOfGateway.putIfAbsent(cgw, v);
            read(v, id);
            vpns.put(
                    id,
                    new VpnConnection(
                            id,
                            gateway.get(),
                            cgw,
                            gatewayIp.get(cgw),
                            staticOnly ? "static" : "dynamic",
                            statics));
        }
        List<Component> out = new ArrayList<>(vpns.values());
        for (Map.Entry<String, List<Cidr>> e : onPremCidrs.entrySet()) {
            String cgw = e.getKey();
            Item where = firstOfGateway.get(cgw);
            if (e.getValue().isEmpty()) {
                // Nothing says which addresses are behind the customer gateway: no network.
                ignored(where, "import.ignored.onPremCidr", cgw);
                vpns.values().removeIf(v -> v.onPremises().equals(cgw));
                out.removeIf(c -> c instanceof VpnConnection v && v.onPremises().equals(cgw));
                continue;
            }
            List<Route> routes = new ArrayList<>();
            for (VpnConnection v : vpns.values()) {
                if (v.onPremises().equals(cgw)) {
                    for (Cidr vpcCidr : vpcCidrsBehind(v.vpnGateway())) {
                        routes.add(
                                new Route(
                                        new AddressSet.Block(vpcCidr), v.id(), RouteOrigin.STATIC));
                    }
                }
            }
            report.add(
                    Outcome.ASSUMED,
                    where.file().name(),
                    where.path(),
                    Message.of(
                            "import.assumed.onPremises", cgw, e.getValue().get(0), routes.size()));
            out.add(
                    new OnPremisesNetwork(
                            cgw,
                            e.getValue().get(0),
                            routes,
                            "on-premises resolver (not in the AWS export)"));
        }
        return out;
    }

    /** The CIDRs a VPC route table learned from a virtual private gateway (dynamic VPN). */
    private List<Cidr> propagatedTo(String gateway) throws ImportFailure {
        if (learned == null) {
            learned = new HashMap<>();
            for (Item t : inv.all("RouteTables")) {
                for (Item r : t.items("Routes")) {
                    Optional<String> g = r.optText("GatewayId");
                    Optional<String> c = r.optText("DestinationCidrBlock");
                    if (g.isPresent()
                            && c.isPresent()
                            && "EnableVgwRoutePropagation".equals(r.optText("Origin").orElse(""))) {
                        learned.computeIfAbsent(g.get(), k -> new ArrayList<>())
                                .add(AwsDescribeImporter.cidr(r, "DestinationCidrBlock", c.get()));
                    }
                }
            }
        }
        return learned.getOrDefault(gateway, List.of());
    }

    /** Gateway id to the CIDRs VPC route tables learned from it, read once. */
    private Map<String, List<Cidr>> learned;

    /** The VPC CIDRs on-premises reaches over a VPN: the gateway's VPC, or the TGW's VPCs. */
    private List<Cidr> vpcCidrsBehind(String gateway) throws ImportFailure {
        List<String> vpcIds = new ArrayList<>();
        if (built.get(gateway) instanceof VirtualPrivateGateway vgw) {
            vpcIds.add(vgw.vpc());
        } else {
            for (Item a : inv.all("TransitGatewayVpcAttachments")) {
                if (gateway.equals(a.optText("TransitGatewayId").orElse(""))) {
                    a.optText("VpcId").ifPresent(vpcIds::add);
                }
            }
            for (Item a : inv.all("TransitGatewayAttachments")) {
                if (gateway.equals(a.optText("TransitGatewayId").orElse(""))
                        && "vpc".equals(a.optText("ResourceType").orElse(""))
                        && !vpcIds.contains(a.optText("ResourceId").orElse(""))) {
                    a.optText("ResourceId").ifPresent(vpcIds::add);
                }
            }
        }
        List<Cidr> out = new ArrayList<>();
        for (String id : vpcIds) {
            if (built.get(id) instanceof Vpc vpc) {
                out.add(vpc.cidr());
            }
        }
        return out;
    }

    /** The VPC attachments, each with its subnets and the route table it is associated with. */
    private List<TransitGatewayAttachment> attachments() throws ImportFailure {
        Map<String, String> association = new LinkedHashMap<>();
        Map<String, Item> generic = new LinkedHashMap<>();
        for (Item a : inv.all("TransitGatewayAttachments")) {
            String id = a.text("TransitGatewayAttachmentId");
            generic.put(id, a);
            Optional<Item> as = a.object("Association");
            if (as.isPresent()
                    && "associated".equals(as.get().optText("State").orElse("associated"))) {
                as.get()
                        .optText("TransitGatewayRouteTableId")
                        .ifPresent(t -> association.put(id, t));
            }
            String type = a.optText("ResourceType").orElse("vpc");
            if (type.equals("vpn")) {
                a.optText("ResourceId").ifPresent(v -> attachmentTarget.put(id, v));
            } else if (!type.equals("vpc")) {
                ignored(a, "import.ignored.attachmentType", id, type);
            }
        }
        List<TransitGatewayAttachment> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Item a : inv.all("TransitGatewayVpcAttachments")) {
            String id = a.text("TransitGatewayAttachmentId");
            if (!live(a, id) || !seen.add(id)) {
                continue;
            }
            attachmentTarget.put(id, id);
            read(a, id);
            out.add(
                    new TransitGatewayAttachment(
                            id,
                            a.text("TransitGatewayId"),
                            a.text("VpcId"),
                            a.texts("SubnetIds", null),
                            association.getOrDefault(id, "")));
        }
        for (Map.Entry<String, Item> e : generic.entrySet()) {
            Item a = e.getValue();
            if ("vpc".equals(a.optText("ResourceType").orElse("vpc"))
                    && !seen.contains(e.getKey())) {
                // describe-transit-gateway-attachments does not list the subnets.
                ignored(a, "import.ignored.attachmentSubnets", e.getKey());
            } else if ("vpn".equals(a.optText("ResourceType").orElse(""))) {
                read(a, e.getKey());
            }
        }
        this.associations = association;
        return out;
    }

    private List<TransitGateway> transitGateways(List<TransitGatewayAttachment> attachments)
            throws ImportFailure {
        Map<String, List<Item>> tablesOf = new LinkedHashMap<>();
        List<Item> tables = inv.all("TransitGatewayRouteTables");
        for (Item t : tables) {
            tablesOf.computeIfAbsent(t.text("TransitGatewayId"), k -> new ArrayList<>()).add(t);
        }
        Map<String, List<Item>> routesOf = scoped("Routes", "Routes", tables);
        Map<String, List<Item>> propagationsOf =
                scoped("TransitGatewayRouteTablePropagations", "Propagations", tables);
        Map<String, List<Item>> associationsOf = scoped("Associations", "Associations", tables);
        Map<String, Cidr> vpcCidrOfAttachment = new HashMap<>();
        for (TransitGatewayAttachment a : attachments) {
            if (built.get(a.vpc()) instanceof Vpc vpc) {
                vpcCidrOfAttachment.put(a.id(), vpc.cidr());
            }
        }
        Map<String, List<String>> attachmentsOfTable = new HashMap<>();
        associations.forEach(
                (att, table) ->
                        attachmentsOfTable.computeIfAbsent(table, k -> new ArrayList<>()).add(att));
        List<TransitGateway> out = new ArrayList<>();
        for (Item g : inv.all("TransitGateways")) {
            String id = g.text("TransitGatewayId");
            if (!live(g, id)) {
                continue;
            }
            List<TransitGateway.RouteTableEntry> entries = new ArrayList<>();
            for (Item t : tablesOf.getOrDefault(id, List.of())) {
                String tableId = t.text("TransitGatewayRouteTableId");
                Set<String> assoc = new LinkedHashSet<>();
                for (String att : attachmentsOfTable.getOrDefault(tableId, List.of())) {
                    assoc.add(attachmentTarget.getOrDefault(att, att));
                }
                for (Item a : associationsOf.getOrDefault(tableId, List.of())) {
                    String att = a.text("TransitGatewayAttachmentId");
                    assoc.add(attachmentTarget.getOrDefault(att, att));
                }
                List<Route> routes = new ArrayList<>();
                Set<String> destinations = new HashSet<>();
                for (Item r : routesOf.getOrDefault(tableId, List.of())) {
                    tgwRoute(r, tableId)
                            .ifPresent(
                                    route -> {
                                        routes.add(route);
                                        destinations.add(route.destination().toString());
                                    });
                }
                for (Item p : propagationsOf.getOrDefault(tableId, List.of())) {
                    if (!"enabled".equals(p.optText("State").orElse("enabled"))) {
                        continue;
                    }
                    String att = p.text("TransitGatewayAttachmentId");
                    String target = attachmentTarget.getOrDefault(att, att);
                    for (Cidr c : propagatedCidrs(att, target, vpcCidrOfAttachment)) {
                        if (destinations.add(c.toString())) {
                            routes.add(
                                    new Route(
                                            new AddressSet.Block(c),
                                            target,
                                            RouteOrigin.PROPAGATED));
                            report.add(
                                    Outcome.ASSUMED,
                                    p.file().name(),
                                    p.path(),
                                    Message.of("import.assumed.tgwPropagated", tableId, c, target));
                        }
                    }
                }
                read(t, tableId);
                entries.add(
                        new TransitGateway.RouteTableEntry(tableId, List.copyOf(assoc), routes));
            }
            read(g, id);
            out.add(new TransitGateway(id, regionOf.of(g), entries));
        }
        return out;
    }

    /** What a propagating attachment puts in a table: its VPC's CIDR, or its VPN's routes. */
    private List<Cidr> propagatedCidrs(
            String attachment, String target, Map<String, Cidr> vpcCidrOfAttachment) {
        Cidr vpc = vpcCidrOfAttachment.get(attachment);
        if (vpc != null) {
            return List.of(vpc);
        }
        VpnConnection vpn = vpns.get(target);
        if (vpn == null) {
            return List.of();
        }
        if (!vpn.staticRoutes().isEmpty()) {
            return vpn.staticRoutes();
        }
        return built.get(vpn.onPremises()) instanceof OnPremisesNetwork n
                ? List.of(n.cidr())
                : List.of();
    }

    private Optional<Route> tgwRoute(Item r, String tableId) throws ImportFailure {
        Optional<String> dest =
                r.optText("DestinationCidrBlock").or(() -> Ec2Network.opt(r, "PrefixListId"));
        if (dest.isEmpty()) {
            return Optional.empty();
        }
        AddressSet destination =
                dest.get().startsWith("pl-")
                        ? new AddressSet.PrefixList(dest.get())
                        : new AddressSet.Block(
                                AwsDescribeImporter.cidr(r, "DestinationCidrBlock", dest.get()));
        RouteOrigin origin =
                "propagated".equals(r.optText("Type").orElse("static"))
                        ? RouteOrigin.PROPAGATED
                        : RouteOrigin.STATIC;
        if ("blackhole".equals(r.optText("State").orElse("active"))) {
            return Optional.of(new Route(destination, "blackhole", origin));
        }
        Optional<String> att = Optional.empty();
        for (Item a : r.items("TransitGatewayAttachments")) {
            att = att.or(() -> Ec2Network.opt(a, "TransitGatewayAttachmentId"));
        }
        if (att.isEmpty()) {
            ignored(r, "import.ignored.routeTarget", tableId);
            return Optional.empty();
        }
        return Optional.of(
                new Route(
                        destination, attachmentTarget.getOrDefault(att.get(), att.get()), origin));
    }

    /**
     * The items of a key that belongs to one transit gateway route table: inside the table's object
     * ({@code inner}), or a file with the key and a top-level table id, or the export's one table.
     */
    private Map<String, List<Item>> scoped(String key, String inner, List<Item> tables)
            throws ImportFailure {
        Map<String, List<Item>> out = new HashMap<>();
        for (Item t : tables) {
            out.computeIfAbsent(t.text("TransitGatewayRouteTableId"), k -> new ArrayList<>())
                    .addAll(t.items(inner));
        }
        for (Item root : inv.roots(key)) {
            Optional<String> table =
                    root.optText("TransitGatewayRouteTableId")
                            .or(
                                    () ->
                                            tables.size() == 1
                                                    ? Ec2Network.opt(
                                                            tables.get(0),
                                                            "TransitGatewayRouteTableId")
                                                    : Optional.empty());
            if (table.isEmpty()) {
                ignored(root.field(key), "import.ignored.whose", key, "TransitGatewayRouteTableId");
                continue;
            }
            out.computeIfAbsent(table.get(), k -> new ArrayList<>()).addAll(root.items(key));
        }
        return out;
    }

    /**
     * Adds to each VPC route table that propagates from a virtual private gateway the VPN routes
     * the export left out (a static VPN's routes appear there as propagated routes).
     */
    List<Component> withVgwPropagation(List<Component> components) {
        Map<String, List<Cidr>> routesOfVgw = new HashMap<>();
        for (VpnConnection v : vpns.values()) {
            List<Cidr> cidrs = routesOfVgw.computeIfAbsent(v.vpnGateway(), k -> new ArrayList<>());
            cidrs.addAll(v.staticRoutes());
        }
        List<Component> out = new ArrayList<>(components.size());
        for (Component c : components) {
            if (!(c instanceof RouteTable t) || t.propagatingVgws().isEmpty()) {
                out.add(c);
                continue;
            }
            Set<String> present = new HashSet<>();
            t.routes().forEach(r -> present.add(r.destination() + " " + r.target()));
            List<Route> routes = new ArrayList<>(t.routes());
            for (String vgw : t.propagatingVgws()) {
                for (Cidr cidr : routesOfVgw.getOrDefault(vgw, List.of())) {
                    if (present.add(cidr + " " + vgw)) {
                        routes.add(
                                new Route(new AddressSet.Block(cidr), vgw, RouteOrigin.PROPAGATED));
                        report.add(
                                Outcome.ASSUMED,
                                "",
                                t.id(),
                                Message.of("import.assumed.vgwPropagated", t.id(), cidr, vgw));
                    }
                }
            }
            out.add(t.withRoutes(routes));
        }
        return out;
    }

    /** Whether a resource is live; false, reported, for one AWS has deleted or is deleting. */
    private boolean live(Item i, String id) throws ImportFailure {
        String state = i.optText("State").orElse("available").toLowerCase(Locale.ROOT);
        if (state.equals("deleted") || state.equals("deleting") || state.equals("failed")) {
            ignored(i, "import.ignored.state", id, state);
            return false;
        }
        return true;
    }

    private void read(Item i, String id) {
        report.add(Outcome.READ, i.file().name(), i.path(), Message.of("import.read", id));
    }

    private void ignored(Item i, String key, Object... args) {
        report.add(Outcome.IGNORED, i.file().name(), i.path(), Message.of(key, args));
    }
}
