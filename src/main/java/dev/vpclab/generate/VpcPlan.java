package dev.vpclab.generate;

import dev.vpclab.model.Route;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the generator decided for one VPC before it writes any component: its ids, CIDR, zones,
 * features, and the routes other VPCs add to it (peerings, the transit gateway). Route tables are
 * written last, once every route is known.
 */
final class VpcPlan {
    /** Subnets are /24 blocks of the VPC's /20: public ones from 0, private ones from 4. */
    static final int PUBLIC_BASE = 0;

    static final int PRIVATE_BASE = 4;

    /** The first host address handed out in a subnet (AWS reserves .0 to .3). */
    private static final int FIRST_HOST = 10;

    final int index;
    final String tag;
    final String id;
    final Cidr cidr;
    final List<String> azNames;
    final List<String> azIds;
    final boolean internet;
    final boolean provider;
    final String account;
    final List<String> publicSubnets = new ArrayList<>();
    final List<String> privateSubnets = new ArrayList<>();
    final List<Route> extraPrivateRoutes = new ArrayList<>();
    final List<Route> extraPublicRoutes = new ArrayList<>();
    final List<String> instances = new ArrayList<>();
    final List<String> propagatingVgws = new ArrayList<>();
    boolean gatewayEndpoint;
    boolean transitGateway;
    String interfaceService;
    boolean consumesEndpointService;
    String serviceEndpointName;
    VpcPlan peer;
    private final Map<String, Cidr> subnetCidrs = new HashMap<>();
    private final Map<String, Integer> nextHost = new HashMap<>();

    VpcPlan(
            int index,
            Cidr cidr,
            List<String> azNames,
            List<String> azIds,
            boolean internet,
            boolean provider,
            String account) {
        this.index = index;
        this.tag = String.format("%04d", index);
        this.id = provider ? "vpc-provider" : "vpc-" + tag;
        this.cidr = cidr;
        this.azNames = List.copyOf(azNames);
        this.azIds = List.copyOf(azIds);
        this.internet = internet;
        this.provider = provider;
        this.account = account;
        for (int z = 0; z < azNames.size(); z++) {
            String letter = azNames.get(z).substring(azNames.get(z).length() - 1);
            if (internet) {
                addSubnet(publicSubnets, "subnet-" + tag + "-public-" + letter, PUBLIC_BASE + z);
            }
            addSubnet(privateSubnets, "subnet-" + tag + "-private-" + letter, PRIVATE_BASE + z);
        }
    }

    private void addSubnet(List<String> into, String subnetId, int block) {
        into.add(subnetId);
        subnetCidrs.put(subnetId, new Cidr(cidr.network().plus(256L * block), 24));
        nextHost.put(subnetId, FIRST_HOST);
    }

    Cidr subnetCidr(String subnetId) {
        return subnetCidrs.get(subnetId);
    }

    /** The next free host address of a subnet; each address is handed out once. */
    IpAddress nextAddress(String subnetId) {
        int n = nextHost.merge(subnetId, 1, Integer::sum) - 1;
        if (n > 250) {
            throw new IllegalStateException("subnet " + subnetId + " is full");
        }
        return subnetCidrs.get(subnetId).address(n);
    }

    /** How many more addresses a subnet can hand out. */
    int freeAddresses(String subnetId) {
        return 251 - nextHost.get(subnetId);
    }

    String rtPrivate() {
        return "rt-" + tag + "-private";
    }

    String rtPublic() {
        return "rt-" + tag + "-public";
    }

    String nacl() {
        return "acl-" + tag;
    }

    String sgApp() {
        return "sg-" + tag + "-app";
    }

    String sgEndpoint() {
        return "sg-" + tag + "-vpce";
    }

    String igw() {
        return "igw-" + tag;
    }

    String nat() {
        return "nat-" + tag;
    }

    String gatewayEndpointId() {
        return "vpce-" + tag + "-s3";
    }

    String attachment() {
        return "tgw-att-" + tag;
    }
}
