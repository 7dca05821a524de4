package dev.vpclab.routing;

import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import java.util.Objects;

/**
 * A packet on its way: addresses, protocol, ports, and the interface that sent it (for security
 * group rules that reference a group). Rewritten by NAT and load balancers.
 */
record Packet(
        IpAddress src, IpAddress dst, Protocol protocol, int srcPort, int dstPort, Iface sender) {
    Packet {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(protocol, "protocol");
    }

    IpVersion version() {
        return dst.version();
    }

    Packet withSrc(IpAddress newSrc, Iface newSender) {
        return new Packet(newSrc, dst, protocol, srcPort, dstPort, newSender);
    }

    Packet withDst(IpAddress newDst) {
        return new Packet(src, newDst, protocol, srcPort, dstPort, sender);
    }

    Packet withDstPort(int port) {
        return new Packet(src, dst, protocol, srcPort, port, sender);
    }

    /** The reply: addresses and ports swapped, sent by {@code replier}. */
    Packet reply(Iface replier) {
        return new Packet(dst, src, protocol, dstPort, srcPort, replier);
    }

    /** {@code tcp 443 to 10.0.0.5}, for notes. */
    String describe() {
        return protocol + (protocol.hasPorts() ? " " + dstPort : "") + " " + src + " -> " + dst;
    }
}
