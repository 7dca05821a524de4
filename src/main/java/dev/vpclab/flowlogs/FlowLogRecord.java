package dev.vpclab.flowlogs;

import java.util.List;
import java.util.Objects;

/**
 * One VPC Flow Log record: the default fields, then {@code vpc-id subnet-id instance-id
 * flow-direction traffic-path pkt-srcaddr pkt-dstaddr}. Values are text as AWS writes them, {@code
 * -} where a field does not apply. {@code srcaddr}/{@code dstaddr} are the interface's view (at a
 * NAT gateway, its own address); {@code pkt-srcaddr}/{@code pkt-dstaddr} are the packet's original
 * addresses.
 *
 * @param trafficPath for egress records: 1 same VPC, 2 internet gateway or gateway endpoint (other
 *     interfaces), 3 virtual private gateway, 4 intra-Region peering, 5 inter-Region peering, 7
 *     gateway endpoint and 8 internet gateway (instances); {@code -} otherwise
 */
public record FlowLogRecord(
        String accountId,
        String interfaceId,
        String srcaddr,
        String dstaddr,
        String srcport,
        String dstport,
        String protocol,
        String packets,
        String bytes,
        String start,
        String end,
        String action,
        String vpcId,
        String subnetId,
        String instanceId,
        String flowDirection,
        String trafficPath,
        String pktSrcaddr,
        String pktDstaddr) {
    /** The version of the record format. */
    public static final String VERSION = "5";

    /** The field names, in the order of {@link #toLine()}. */
    public static final List<String> FIELDS =
            List.of(
                    "version",
                    "account-id",
                    "interface-id",
                    "srcaddr",
                    "dstaddr",
                    "srcport",
                    "dstport",
                    "protocol",
                    "packets",
                    "bytes",
                    "start",
                    "end",
                    "action",
                    "log-status",
                    "vpc-id",
                    "subnet-id",
                    "instance-id",
                    "flow-direction",
                    "traffic-path",
                    "pkt-srcaddr",
                    "pkt-dstaddr");

    public FlowLogRecord {
        for (String s :
                new String[] {
                    accountId, interfaceId, srcaddr, dstaddr, srcport, dstport, protocol, packets,
                    bytes, start, end, action, vpcId, subnetId, instanceId, flowDirection,
                    trafficPath, pktSrcaddr, pktDstaddr
                }) {
            Objects.requireNonNull(s, "field");
        }
    }

    /** The same record with another action ({@code ACCEPT} or {@code REJECT}). */
    public FlowLogRecord withAction(String newAction) {
        return new FlowLogRecord(
                accountId,
                interfaceId,
                srcaddr,
                dstaddr,
                srcport,
                dstport,
                protocol,
                packets,
                bytes,
                start,
                end,
                newAction,
                vpcId,
                subnetId,
                instanceId,
                flowDirection,
                trafficPath,
                pktSrcaddr,
                pktDstaddr);
    }

    /** The same record with another traffic-path code. */
    public FlowLogRecord withTrafficPath(String newPath) {
        return new FlowLogRecord(
                accountId,
                interfaceId,
                srcaddr,
                dstaddr,
                srcport,
                dstport,
                protocol,
                packets,
                bytes,
                start,
                end,
                action,
                vpcId,
                subnetId,
                instanceId,
                flowDirection,
                newPath,
                pktSrcaddr,
                pktDstaddr);
    }

    /**
     * The record of the reply at the same interface: addresses and ports swapped, accepted, in the
     * given direction and traffic path.
     */
    public FlowLogRecord reversed(String direction, String path) {
        return new FlowLogRecord(
                accountId,
                interfaceId,
                dstaddr,
                srcaddr,
                dstport,
                srcport,
                protocol,
                packets,
                bytes,
                start,
                end,
                "ACCEPT",
                vpcId,
                subnetId,
                instanceId,
                direction,
                path,
                pktDstaddr,
                pktSrcaddr);
    }

    /** The record as a log line, fields separated by spaces (log-status is always OK). */
    public String toLine() {
        return String.join(
                " ",
                VERSION,
                accountId,
                interfaceId,
                srcaddr,
                dstaddr,
                srcport,
                dstport,
                protocol,
                packets,
                bytes,
                start,
                end,
                action,
                "OK",
                vpcId,
                subnetId,
                instanceId,
                flowDirection,
                trafficPath,
                pktSrcaddr,
                pktDstaddr);
    }

    /** The header line: the field names. */
    public static String header() {
        return String.join(" ", FIELDS);
    }
}
