package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;

/**
 * A DNS resolver in an on-premises network, used by that network's hosts: it forwards queries for
 * its conditional-forwarder domains to the given addresses (a Route 53 Resolver inbound endpoint),
 * answers its own zones' records, and resolves everything else from public DNS.
 */
public record OnPremisesResolver(
        String id, String network, IpAddress ip, List<Forwarder> forwarders, List<Record> records)
        implements Component {
    public OnPremisesResolver {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(ip, "ip");
        forwarders = List.copyOf(forwarders);
        records = List.copyOf(records);
    }

    /** A conditional forwarder: queries for the domain and its subdomains go to the targets. */
    public record Forwarder(String domain, List<IpAddress> targets) {
        public Forwarder {
            Objects.requireNonNull(domain, "domain");
            targets = List.copyOf(targets);
        }
    }

    /** An address record of one of the resolver's own zones. */
    public record Record(String name, List<IpAddress> a) {
        public Record {
            Objects.requireNonNull(name, "name");
            a = List.copyOf(a);
        }
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.ON_PREMISES_RESOLVER;
    }
}
