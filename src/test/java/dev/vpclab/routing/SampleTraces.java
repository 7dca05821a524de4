package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Flow;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built traces, written from golden scenarios, for the tests of trace writers. Their messages
 * use keys that are in no bundle, so they render as {@code key [args]} in every language: the tests
 * see exactly which message went where.
 */
public final class SampleTraces {
    private SampleTraces() {}

    /** The S3 request of s3-gateway-endpoint-beats-nat-default-route: reachable. */
    public static Trace s3ViaGatewayEndpoint() {
        Flow flow =
                Flow.of("i-app", "my-bucket.s3.us-east-1.amazonaws.com", Protocol.TCP, 443)
                        .withRequest(
                                new Flow.Request(
                                        "s3:GetObject", "arn:aws:s3:::my-bucket/data/report.csv"));
        Map<String, Optional<String>> context = new LinkedHashMap<>();
        context.put("aws:SourceVpce", Optional.of("vpce-s3-gw"));
        context.put("aws:SourceIp", Optional.empty());
        List<Hop> path =
                List.of(
                        Hop.at("i-app"),
                        Hop.builder("sg-app")
                                .check(Check.EGRESS)
                                .matched("allow all -> 0.0.0.0/0")
                                .build(),
                        Hop.builder("acl-main")
                                .check(Check.OUTBOUND)
                                .matched("rule 100: allow all 0.0.0.0/0")
                                .subnet("subnet-private-a")
                                .build(),
                        Hop.builder("rt-private")
                                .check(Check.ROUTE)
                                .matched("pl-s3-use1 -> vpce-s3-gw")
                                .via("54.123.160.0/19")
                                .notChosen(
                                        List.of(
                                                new LosingRoute(
                                                        "0.0.0.0/0 -> nat-a",
                                                        Message.of("test.shorter", "/0", "/19"))))
                                .build(),
                        Hop.builder("vpce-s3-gw")
                                .check(Check.ENDPOINT_POLICY)
                                .matched("default policy: allow all")
                                .requestContext(context)
                                .build(),
                        Hop.builder("s3-use1")
                                .check(Check.RESOURCE_POLICY)
                                .matched("no resource policy")
                                .build());
        DnsResolution dns =
                new DnsResolution(
                        "my-bucket.s3.us-east-1.amazonaws.com",
                        true,
                        List.of(IpAddress.parse("54.123.170.20")),
                        DnsResolution.AnswerKind.PUBLIC_SERVICE_IP,
                        new DnsServer.VpcResolver("vpc-main"),
                        Optional.of(
                                new DnsZone(
                                        DnsZone.Kind.PUBLIC,
                                        "s3-use1",
                                        "my-bucket.s3.us-east-1.amazonaws.com",
                                        List.of())),
                        Optional.empty(),
                        List.of(
                                DnsRecord.address(
                                        "my-bucket.s3.us-east-1.amazonaws.com",
                                        List.of(IpAddress.parse("54.123.170.20")))),
                        DnsReason.PUBLIC_NO_PRIVATE_ZONE,
                        Optional.empty());
        return Trace.reachable(
                flow,
                Optional.of(Authorization.ALLOWED),
                Optional.of(dns),
                path,
                List.of(),
                IpAddress.parse("10.0.1.10"));
    }

    /** A security group with no egress rule for 443: blocked on the forward leg. */
    public static Trace blockedBySecurityGroup() {
        Flow flow = Flow.of("i-app", "i-db", Protocol.TCP, 443);
        List<Hop> path =
                List.of(
                        Hop.at("i-app"),
                        Hop.builder("sg-app").check(Check.EGRESS).matched("none").build());
        BlockedAt blocked =
                new BlockedAt(
                        "sg-app",
                        ReasonCode.SECURITY_GROUP_NO_EGRESS_RULE,
                        Leg.FORWARD,
                        Layer.NETWORK,
                        Optional.of("none"),
                        List.of("i-app"),
                        Message.of("test.noEgress", "sg-app", "tcp", "443"),
                        Message.of("test.addEgress", "sg-app", "443"),
                        Optional.empty());
        return Trace.blockedThere(flow, Optional.empty(), path, blocked);
    }
}
