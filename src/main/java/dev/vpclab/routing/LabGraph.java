package dev.vpclab.routing;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGateway;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.VpcPeering;
import dev.vpclab.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The lab as graphs, for the questions graphs answer well. The <em>topology</em> graph joins each
 * component to what it sits in or is attached to (instance to subnet, subnet to VPC and route
 * table, gateway to VPC, peering to both VPCs, internet gateway to the internet, ...): components
 * in different connected parts can never exchange a packet. The <em>forwarding</em> graph joins
 * route tables that hand packets to each other (a VPC route table to the transit gateway route
 * table of its attachment, and back to attachment-subnet route tables): its cycles are where
 * routing loops can happen.
 */
public final class LabGraph {
    /** The vertex that stands for the public internet. */
    public static final String INTERNET = "(internet)";

    private final Graph<String, DefaultEdge> topology;
    private final Graph<String, DefaultEdge> forwarding;

    private LabGraph(Graph<String, DefaultEdge> topology, Graph<String, DefaultEdge> forwarding) {
        this.topology = topology;
        this.forwarding = forwarding;
    }

    /** Builds both graphs of a lab. */
    public static LabGraph of(Lab lab) {
        Objects.requireNonNull(lab, "lab");
        Graph<String, DefaultEdge> topology = new Pseudograph<>(DefaultEdge.class);
        topology.addVertex(INTERNET);
        lab.components().forEach(c -> topology.addVertex(c.id()));
        for (Component c : lab.components()) {
            for (String other : attachments(c)) {
                if (topology.containsVertex(other)) {
                    topology.addEdge(c.id(), other);
                }
            }
        }
        return new LabGraph(topology, forwardingGraph(lab));
    }

    private static List<String> attachments(Component c) {
        List<String> out = new ArrayList<>();
        if (c instanceof Subnet s) {
            out.addAll(List.of(s.vpc(), s.routeTable(), s.nacl()));
        } else if (c instanceof RouteTable rt) {
            out.add(rt.vpc());
        } else if (c instanceof SecurityGroup sg) {
            out.add(sg.vpc());
        } else if (c instanceof NetworkAcl acl) {
            out.add(acl.vpc());
        } else if (c instanceof ManagedPrefixList) {
            out.add(INTERNET); // the public ranges of a service
        } else if (c instanceof Instance i) {
            out.add(i.subnet());
            out.addAll(i.securityGroups());
        } else if (c instanceof NatGateway n) {
            out.add(n.subnet());
        } else if (c instanceof InstanceConnectEndpoint e) {
            out.add(e.subnet());
            out.addAll(e.securityGroups());
        } else if (c instanceof InternetGateway g) {
            out.addAll(List.of(g.vpc(), INTERNET));
        } else if (c instanceof EgressOnlyInternetGateway g) {
            out.addAll(List.of(g.vpc(), INTERNET));
        } else if (c instanceof GatewayEndpoint g) {
            out.add(g.vpc());
            out.addAll(g.routeTables());
            out.add(g.prefixList());
        } else if (c instanceof InterfaceEndpoint e) {
            out.add(e.vpc());
            out.addAll(e.subnets());
            out.addAll(e.securityGroups());
            out.add(e.service());
        } else if (c instanceof EndpointService s) {
            out.add(s.providerVpc());
            out.addAll(s.nlbs());
            out.addAll(s.gatewayLoadBalancers());
        } else if (c instanceof GatewayLoadBalancerEndpoint e) {
            out.addAll(List.of(e.vpc(), e.subnet(), e.service()));
        } else if (c instanceof GatewayLoadBalancer g) {
            out.add(g.vpc());
            g.nodes().forEach(n -> out.add(n.subnet()));
            g.targets().forEach(t -> out.add(t.id()));
        } else if (c instanceof NetworkLoadBalancer n) {
            out.add(n.vpc());
            out.addAll(n.subnets());
            out.addAll(n.securityGroups());
            n.targetGroups().forEach(g -> g.targets().forEach(t -> out.add(t.id())));
        } else if (c instanceof VpcPeering p) {
            out.addAll(List.of(p.requester(), p.accepter()));
        } else if (c instanceof TransitGatewayAttachment a) {
            out.addAll(List.of(a.transitGateway(), a.vpc()));
        } else if (c instanceof VirtualPrivateGateway g) {
            out.add(g.vpc());
        } else if (c instanceof VpnConnection v) {
            out.addAll(List.of(v.vpnGateway(), v.onPremises()));
        } else if (c instanceof OnPremisesHost h) {
            out.add(h.network());
        } else if (c instanceof InternetHost || c instanceof AwsService) {
            out.add(INTERNET);
        }
        return out;
    }

    private static Graph<String, DefaultEdge> forwardingGraph(Lab lab) {
        Graph<String, DefaultEdge> g =
                GraphTypeBuilder.<String, DefaultEdge>directed()
                        .allowingSelfLoops(true)
                        .allowingMultipleEdges(false)
                        .edgeClass(DefaultEdge.class)
                        .buildGraph();
        List<TransitGatewayAttachment> attachments =
                lab.all(TransitGatewayAttachment.class).toList();
        for (RouteTable rt : lab.all(RouteTable.class).toList()) {
            g.addVertex(rt.id());
            for (Route r : rt.routes()) {
                attachments.stream()
                        .filter(
                                a ->
                                        a.vpc().equals(rt.vpc())
                                                && a.transitGateway().equals(r.target()))
                        .forEach(a -> edge(g, rt.id(), tgwTable(a)));
            }
        }
        for (TransitGateway tgw : lab.all(TransitGateway.class).toList()) {
            for (TransitGateway.RouteTableEntry table : tgw.routeTables()) {
                String from = tgw.id() + "/" + table.id();
                g.addVertex(from);
                for (Route r : table.routes()) {
                    lab.component(r.target(), TransitGatewayAttachment.class)
                            .ifPresent(
                                    a ->
                                            a.subnets()
                                                    .forEach(
                                                            s ->
                                                                    lab.component(s, Subnet.class)
                                                                            .ifPresent(
                                                                                    sub ->
                                                                                            edge(
                                                                                                    g,
                                                                                                    from,
                                                                                                    sub
                                                                                                            .routeTable()))));
                }
            }
        }
        return g;
    }

    private static String tgwTable(TransitGatewayAttachment a) {
        return a.transitGateway() + "/" + a.routeTable();
    }

    private static void edge(Graph<String, DefaultEdge> g, String from, String to) {
        g.addVertex(from);
        g.addVertex(to);
        if (!g.containsEdge(from, to)) {
            g.addEdge(from, to);
        }
    }

    /** The topology graph (vertices are component ids and {@link #INTERNET}); read-only use. */
    public Graph<String, DefaultEdge> topology() {
        return topology;
    }

    /** The groups of components joined by attachments, largest first. */
    public List<Set<String>> connectedParts() {
        List<Set<String>> parts =
                new ArrayList<>(new ConnectivityInspector<>(topology).connectedSets());
        parts.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return parts;
    }

    /** Whether two components are joined at all; if not, no packet can pass between them. */
    public boolean connected(String a, String b) {
        return topology.containsVertex(a)
                && topology.containsVertex(b)
                && new ConnectivityInspector<>(topology).pathExists(a, b);
    }

    /**
     * Cycles of route tables that hand packets to each other (VPC route tables as their ids,
     * transit gateway route tables as {@code tgw/table}). A cycle is where a loop can happen;
     * whether one does depends on the destination, which {@link Trace} tells.
     */
    public List<List<String>> forwardingCycles() {
        return new HawickJamesSimpleCycles<>(forwarding).findSimpleCycles();
    }

    /** The forwarding graph; read-only use. */
    public Graph<String, DefaultEdge> forwarding() {
        return forwarding;
    }
}
