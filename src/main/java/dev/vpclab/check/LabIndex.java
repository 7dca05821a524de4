package dev.vpclab.check;

import dev.vpclab.model.Component;
import dev.vpclab.model.EgressOnlyInternetGateway;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.GatewayLoadBalancer;
import dev.vpclab.model.GatewayLoadBalancerEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetGateway;
import dev.vpclab.model.Lab;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkAcl;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.SecurityGroup;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.TransitGatewayAttachment;
import dev.vpclab.model.VirtualPrivateGateway;
import dev.vpclab.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the checks look up again and again, computed once per lab: components by id, their position
 * in the file, subnets by VPC and which VPCs each transit gateway is attached to. Every check is
 * then linear in the size of the lab.
 */
final class LabIndex {
    private final Lab lab;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<Subnet>> subnetsByVpc = new HashMap<>();
    private final Set<String> tgwVpcPairs = new HashSet<>();

    LabIndex(Lab lab) {
        this.lab = lab;
        List<Component> components = lab.components();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            position.putIfAbsent(c.id(), i);
            if (c instanceof Subnet s) {
                subnetsByVpc.computeIfAbsent(s.vpc(), v -> new ArrayList<>()).add(s);
            } else if (c instanceof TransitGatewayAttachment a) {
                tgwVpcPairs.add(a.transitGateway() + '\n' + a.vpc());
            }
        }
    }

    Lab lab() {
        return lab;
    }

    Optional<Component> get(String id) {
        return lab.component(id);
    }

    <T extends Component> Optional<T> get(String id, Class<T> type) {
        return lab.component(id, type);
    }

    Optional<Vpc> vpc(String id) {
        return lab.component(id, Vpc.class);
    }

    Optional<Subnet> subnet(String id) {
        return lab.component(id, Subnet.class);
    }

    /** The position of the first component with this id in the file, or MAX_VALUE. */
    int position(String id) {
        return position.getOrDefault(id, Integer.MAX_VALUE);
    }

    /** The subnets of a VPC, in file order. */
    List<Subnet> subnetsOf(String vpc) {
        return subnetsByVpc.getOrDefault(vpc, List.of());
    }

    /** True when the transit gateway has an attachment in the VPC. */
    boolean tgwAttachedTo(String tgw, String vpc) {
        return tgwVpcPairs.contains(tgw + '\n' + vpc);
    }

    /**
     * The VPC a component lives in, for the kinds that live in one VPC (instances and NAT gateways
     * through their subnet).
     */
    Optional<String> vpcOf(Component c) {
        if (c instanceof Vpc v) {
            return Optional.of(v.id());
        } else if (c instanceof Subnet s) {
            return Optional.of(s.vpc());
        } else if (c instanceof RouteTable rt) {
            return Optional.of(rt.vpc());
        } else if (c instanceof NetworkAcl n) {
            return Optional.of(n.vpc());
        } else if (c instanceof SecurityGroup sg) {
            return Optional.of(sg.vpc());
        } else if (c instanceof InternetGateway g) {
            return Optional.of(g.vpc());
        } else if (c instanceof EgressOnlyInternetGateway g) {
            return Optional.of(g.vpc());
        } else if (c instanceof VirtualPrivateGateway g) {
            return Optional.of(g.vpc());
        } else if (c instanceof GatewayEndpoint e) {
            return Optional.of(e.vpc());
        } else if (c instanceof InterfaceEndpoint e) {
            return Optional.of(e.vpc());
        } else if (c instanceof NetworkLoadBalancer n) {
            return Optional.of(n.vpc());
        } else if (c instanceof GatewayLoadBalancer g) {
            return Optional.of(g.vpc());
        } else if (c instanceof GatewayLoadBalancerEndpoint e) {
            return Optional.of(e.vpc());
        } else if (c instanceof TransitGatewayAttachment a) {
            return Optional.of(a.vpc());
        } else if (c instanceof Instance i) {
            return subnet(i.subnet()).map(Subnet::vpc);
        } else if (c instanceof NatGateway n) {
            return subnet(n.subnet()).map(Subnet::vpc);
        } else if (c instanceof InstanceConnectEndpoint e) {
            return subnet(e.subnet()).map(Subnet::vpc);
        }
        return Optional.empty();
    }

    /** The Region of a VPC, if the VPC exists. */
    Optional<String> regionOf(String vpc) {
        return vpc(vpc).map(Vpc::region);
    }
}
