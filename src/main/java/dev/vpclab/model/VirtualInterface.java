package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS Direct Connect virtual interface (a VLAN on a Direct Connect connection) from an
 * on-premises network's router into AWS (R-DX-1):
 *
 * <ul>
 *   <li>{@code private}: to one VPC through its virtual private gateway, or to several through a
 *       Direct Connect gateway, using private addresses;
 *   <li>{@code transit}: to a Direct Connect gateway associated with transit gateways;
 *   <li>{@code public}: to AWS public addresses (Amazon S3, public IPs of instances, AWS API
 *       endpoints), never to the rest of the internet. The on-premises router sends it from a
 *       public address the customer owns ({@code customerAddress}), as AWS requires on a public
 *       virtual interface.
 * </ul>
 *
 * <p>AWS:
 * https://docs.aws.amazon.com/directconnect/latest/UserGuide/WorkingWithVirtualInterfaces.html
 *
 * @param type {@code private}, {@code transit} or {@code public}
 * @param onPremises the on-premises network whose router the interface ends on
 * @param gateway the virtual private gateway or Direct Connect gateway (none for a public one)
 * @param vlan the 802.1Q VLAN id
 * @param customerAddress for a public interface, the public address on-premises traffic is
 *     translated to by the customer router
 */
public record VirtualInterface(
        String id,
        String type,
        String onPremises,
        Optional<String> gateway,
        int vlan,
        Optional<IpAddress> customerAddress)
        implements Component {

    /** The virtual interface types, as the Direct Connect API names them. */
    public static final List<String> TYPES = List.of("private", "transit", "public");

    public VirtualInterface {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(onPremises, "onPremises");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(customerAddress, "customerAddress");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("'" + type + "' is not a virtual interface type");
        }
    }

    /** Whether this is a public virtual interface (to AWS public addresses). */
    public boolean isPublic() {
        return type.equals("public");
    }

    /** Whether this is a transit virtual interface (to transit gateways). */
    public boolean isTransit() {
        return type.equals("transit");
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.VIRTUAL_INTERFACE;
    }
}
