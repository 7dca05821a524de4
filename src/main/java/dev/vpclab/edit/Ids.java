package dev.vpclab.edit;

import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Lab;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readable, unique ids for new components, in the style of the AWS console ({@code vpc-1}, {@code
 * subnet-2}, {@code rtb-1}), and the rule for ids a user types.
 */
public final class Ids {
    private Ids() {}

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    /** The prefix AWS uses for ids of this kind. */
    public static String prefix(ComponentKind kind) {
        return switch (kind) {
            case REGION -> "region";
            case VPC -> "vpc";
            case SUBNET -> "subnet";
            case ROUTE_TABLE -> "rtb";
            case NACL -> "acl";
            case SECURITY_GROUP -> "sg";
            case INSTANCE -> "i";
            case INTERNET_GATEWAY -> "igw";
            case EGRESS_ONLY_INTERNET_GATEWAY -> "eigw";
            case NAT_GATEWAY -> "nat";
            case MANAGED_PREFIX_LIST -> "pl";
            case GATEWAY_ENDPOINT, INTERFACE_ENDPOINT, GATEWAY_LOAD_BALANCER_ENDPOINT -> "vpce";
            case ENDPOINT_SERVICE -> "vpce-svc";
            case NLB -> "nlb";
            case GATEWAY_LOAD_BALANCER -> "gwlb";
            case VPC_PEERING -> "pcx";
            case TRANSIT_GATEWAY -> "tgw";
            case TRANSIT_GATEWAY_ATTACHMENT -> "tgw-attach";
            case VIRTUAL_PRIVATE_GATEWAY -> "vgw";
            case VPN_CONNECTION -> "vpn";
            case ON_PREMISES -> "onprem";
            case ON_PREMISES_HOST -> "host";
            case INTERNET_HOST -> "internet-host";
            case AWS_SERVICE -> "svc";
            case RESOLVER_ENDPOINT -> "rslvr-in";
            case RESOLVER_RULE -> "rslvr-rr";
            case PRIVATE_HOSTED_ZONE -> "phz";
            case ON_PREMISES_RESOLVER -> "dns";
            case DIRECT_CONNECT_GATEWAY -> "dxgw";
            case VIRTUAL_INTERFACE -> "dxvif";
            case TRANSIT_GATEWAY_PEERING -> "tgw-attach-peer";
            case INSTANCE_CONNECT_ENDPOINT -> "eice";
        };
    }

    /** The first free id {@code <prefix>-<n>}, n = 1, 2, ... */
    public static String fresh(String prefix, Collection<String> taken) {
        Objects.requireNonNull(prefix, "prefix");
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** The first free id for a new component of this kind in the lab. */
    public static String fresh(ComponentKind kind, Set<String> taken) {
        return fresh(prefix(kind), taken);
    }

    /** The ids used in the lab (components and the ids nested in them, such as ENIs). */
    public static Set<String> taken(Lab lab) {
        return References.strings(lab.components());
    }

    /**
     * The prefix the lab format needs on ids of this kind: a rule's peer or a route's destination
     * is read as a security group or prefix list by its {@code sg-} or {@code pl-} prefix, and as a
     * CIDR otherwise.
     */
    public static Optional<String> requiredPrefix(ComponentKind kind) {
        return switch (kind) {
            case SECURITY_GROUP -> Optional.of("sg-");
            case MANAGED_PREFIX_LIST -> Optional.of("pl-");
            default -> Optional.empty();
        };
    }

    // Words a YAML reader takes for null or a yes/no rather than text (YAML 1.1 and 1.2).
    private static final Pattern YAML_WORD =
            Pattern.compile(
                    "(?i)null|~|true|false|yes|no|on|off|y|n|[-+]?\\.?(inf|nan)|[-+]?[0-9][0-9_.eE+-]*");

    /**
     * True when the id would be read back from a lab file as something other than its text (null, a
     * yes/no, a number), so that every reference to it would be lost on reopen.
     */
    public static boolean readsAsYamlValue(String id) {
        return YAML_WORD.matcher(id).matches();
    }

    /** True when the text can be an id: letters, digits and {@code . _ : -}, no spaces. */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
