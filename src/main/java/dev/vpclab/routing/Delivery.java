package dev.vpclab.routing;

import java.util.Optional;

/**
 * Where a walk delivered its packet: the component that received it, the packet as it arrived, the
 * interface that receives (for replies that start there) and, for AWS services, the endpoint that
 * carried it.
 */
record Delivery(
        String component,
        Kind kind,
        Packet packet,
        Optional<Iface> iface,
        Optional<String> endpoint) {

    /** What received the packet. */
    enum Kind {
        /** An instance (or any interface that answers itself). */
        INTERFACE,
        /** A host on the internet. */
        INTERNET_HOST,
        /** A host in an on-premises network. */
        ON_PREMISES_HOST,
        /** An AWS service over its public endpoint (internet gateway or NAT). */
        SERVICE_PUBLIC,
        /** An AWS service through a gateway endpoint. */
        SERVICE_GATEWAY_ENDPOINT,
        /** An AWS service through an interface endpoint's ENI. */
        SERVICE_INTERFACE_ENDPOINT
    }
}
