package dev.vpclab.format;

import dev.vpclab.model.Flow;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import java.util.Optional;

/**
 * Reads a packet flow (the {@code query} of a scenario, or one of the saved {@code flows}): {@code
 * from}, {@code to}, {@code protocol}, {@code port}, {@code ipVersion} (default 4), {@code
 * sourcePort}, {@code icmpType}, {@code request {action, resource}}, {@code via} (an EC2 Instance
 * Connect Endpoint) and {@code name}.
 */
final class FlowReader {
    private FlowReader() {}

    static Optional<Flow> read(Fields f) {
        Optional<String> name = f.optText("name");
        String from = f.text("from");
        String to = f.text("to");
        // a packet has one protocol: "all" is for rules only
        Protocol protocol = Protocol.parse(f.choice("protocol", null, "tcp", "udp", "icmp"));
        Optional<Integer> port = f.optInteger("port", 0, 65535);
        if (protocol.hasPorts() && !f.has("port")) {
            f.missing("port");
        }
        IpVersion version = IpVersion.of(Integer.parseInt(f.choice("ipVersion", "4", "4", "6")));
        Optional<Integer> sourcePort = f.optInteger("sourcePort", 0, 65535);
        Optional<String> icmpType = f.optText("icmpType");
        Optional<Flow.Request> request =
                f.object(
                        "request",
                        r -> Optional.of(new Flow.Request(r.text("action"), r.text("resource"))));
        Optional<String> via = f.optText("via");
        f.finish();
        if (f.failed()) {
            return Optional.empty();
        }
        return Optional.of(
                new Flow(
                        name,
                        from,
                        to,
                        protocol,
                        port,
                        version,
                        sourcePort,
                        icmpType,
                        request,
                        via));
    }
}
