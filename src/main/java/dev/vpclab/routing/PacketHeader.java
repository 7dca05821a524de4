package dev.vpclab.routing;

import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.Objects;

/**
 * The addresses, protocol and ports of a packet at one point of its way (after any NAT or load
 * balancer rewrote it): what a rule had to match. A blocked flow carries the header of the packet
 * that was dropped, so a fix can be worked out from it.
 *
 * @param dstPort the destination port (TCP, UDP) or the ICMP type
 */
public record PacketHeader(
        Protocol protocol, IpAddress src, IpAddress dst, int srcPort, int dstPort) {
    public PacketHeader {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /** {@code tcp 443} or {@code icmp}: the traffic as rules see it. */
    public String traffic() {
        return protocol + (protocol.hasPorts() ? " " + dstPort : "");
    }
}
