package dev.vpclab.model;

import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import java.util.Objects;
import java.util.Optional;

/**
 * A packet flow to trace: from a component to a component id or DNS name, with protocol, port and
 * address family, and for calls to AWS services the API request that policies are checked against.
 *
 * @param port destination port (TCP and UDP); empty for ICMP
 * @param sourcePort the client's ephemeral port, when the return leg matters
 * @param icmpType for ICMP, for example {@code echo-request}
 * @param via the EC2 Instance Connect Endpoint the client connects through ({@code aws
 *     ec2-instance-connect ssh --instance-connect-endpoint-id}), when it does
 */
public record Flow(
        Optional<String> name,
        String from,
        String to,
        Protocol protocol,
        Optional<Integer> port,
        IpVersion ipVersion,
        Optional<Integer> sourcePort,
        Optional<String> icmpType,
        Optional<Request> request,
        Optional<String> via) {

    /**
     * The ephemeral port used when a flow gives none: inside the Linux (32768-60999), Windows
     * (49152-65535) and NAT gateway (1024-65535) ranges, so any usual ephemeral rule admits it.
     */
    public static final int DEFAULT_SOURCE_PORT = 49152;

    public Flow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(ipVersion, "ipVersion");
        Objects.requireNonNull(sourcePort, "sourcePort");
        Objects.requireNonNull(icmpType, "icmpType");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(via, "via");
        if (protocol == Protocol.ALL) {
            throw new IllegalArgumentException("a flow has one protocol: tcp, udp or icmp");
        }
    }

    /** A flow that goes through no EC2 Instance Connect Endpoint. */
    public Flow(
            Optional<String> name,
            String from,
            String to,
            Protocol protocol,
            Optional<Integer> port,
            IpVersion ipVersion,
            Optional<Integer> sourcePort,
            Optional<String> icmpType,
            Optional<Request> request) {
        this(
                name,
                from,
                to,
                protocol,
                port,
                ipVersion,
                sourcePort,
                icmpType,
                request,
                Optional.empty());
    }

    /** The same flow through an EC2 Instance Connect Endpoint (or through none). */
    public Flow withVia(Optional<String> endpoint) {
        return new Flow(
                name, from, to, protocol, port, ipVersion, sourcePort, icmpType, request, endpoint);
    }

    /** A TCP or UDP flow with no name, no request and IPv4. */
    public static Flow of(String from, String to, Protocol protocol, int port) {
        return new Flow(
                Optional.empty(),
                from,
                to,
                protocol,
                Optional.of(port),
                IpVersion.V4,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** The same flow with an API request. */
    public Flow withRequest(Request newRequest) {
        return new Flow(
                name,
                from,
                to,
                protocol,
                port,
                ipVersion,
                sourcePort,
                icmpType,
                Optional.of(newRequest),
                via);
    }

    /** The same flow with another address family. */
    /** The same flow between other ends (a renamed source or destination component). */
    public Flow withEnds(String newFrom, String newTo) {
        return new Flow(
                name,
                newFrom,
                newTo,
                protocol,
                port,
                ipVersion,
                sourcePort,
                icmpType,
                request,
                via);
    }

    public Flow withIpVersion(IpVersion version) {
        return new Flow(
                name, from, to, protocol, port, version, sourcePort, icmpType, request, via);
    }

    /** The same flow with a name. */
    public Flow withName(String newName) {
        return new Flow(
                Optional.of(newName),
                from,
                to,
                protocol,
                port,
                ipVersion,
                sourcePort,
                icmpType,
                request,
                via);
    }

    /** The port the flow's packets are sent to; 0 for ICMP. */
    public int destinationPort() {
        return port.orElse(0);
    }

    /** The client's port, or {@link #DEFAULT_SOURCE_PORT}. */
    public int effectiveSourcePort() {
        return sourcePort.orElse(DEFAULT_SOURCE_PORT);
    }

    /** The API call made when the destination is an AWS service. */
    public record Request(String action, String resource) {
        public Request {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(resource, "resource");
        }
    }
}
