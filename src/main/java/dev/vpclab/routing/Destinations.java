package dev.vpclab.routing;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.Flow;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.InternetHost;
import dev.vpclab.model.NatGateway;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.OnPremisesHost;
import dev.vpclab.model.OnPremisesResolver;
import dev.vpclab.model.Subnet;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import java.util.Comparator;
import java.util.Optional;

/**
 * Works out a flow's two ends: the source's address (and interface, for sources in a VPC) and the
 * destination's address, from a component id, an address or a DNS name.
 */
final class Destinations {
    private final LabIndex index;
    private final DnsResolver dns;

    Destinations(LabIndex index, DnsResolver dns) {
        this.index = index;
        this.dns = dns;
    }

    /** Where a flow starts. */
    record Source(
            IpAddress address,
            Optional<Iface> iface,
            Optional<String> vpc,
            Optional<String> azId,
            DnsResolver.Client dnsClient) {}

    /** Where a flow goes: the address, how it was resolved, and the VPC it lies in. */
    record Target(Optional<IpAddress> address, Optional<DnsResolution> dns, Optional<String> vpc) {}

    /** The source, if the component can start a flow of this family. */
    Optional<Source> source(Component c, IpVersion version) {
        if (c instanceof Instance instance) {
            Optional<Iface> iface = index.ifaceOf(instance.id());
            Optional<IpAddress> address =
                    version == IpVersion.V4 ? Optional.of(instance.privateIp()) : instance.ipv6();
            Optional<Subnet> subnet = index.subnet(instance.subnet());
            if (iface.isEmpty() || address.isEmpty() || subnet.isEmpty()) {
                return Optional.empty();
            }
            String vpc = subnet.get().vpc();
            return Optional.of(
                    new Source(
                            address.get(),
                            iface,
                            Optional.of(vpc),
                            Optional.of(subnet.get().azId()),
                            new DnsResolver.Client(
                                    index.vpc(vpc),
                                    new DnsServer.VpcResolver(vpc),
                                    Optional.of(subnet.get().azId()))));
        }
        if (c instanceof InternetHost host) {
            Optional<IpAddress> address =
                    version == IpVersion.V4 ? Optional.of(host.ip()) : host.ipv6();
            return address.map(
                    a ->
                            new Source(
                                    a,
                                    Optional.empty(),
                                    Optional.empty(),
                                    Optional.empty(),
                                    new DnsResolver.Client(
                                            Optional.empty(),
                                            new DnsServer.PublicDns(),
                                            Optional.empty())));
        }
        if (c instanceof OnPremisesHost host && version == IpVersion.V4) {
            return Optional.of(
                    new Source(
                            host.ip(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            new DnsResolver.Client(
                                    Optional.empty(),
                                    onPremisesResolver(host.network()),
                                    Optional.empty())));
        }
        return Optional.empty();
    }

    /** The resolver the hosts of an on-premises network ask: its first resolver, if any. */
    private DnsServer onPremisesResolver(String network) {
        return index.lab
                .all(OnPremisesResolver.class)
                .filter(r -> r.network().equals(network))
                .findFirst()
                .<DnsServer>map(
                        r -> new DnsServer.OnPremises(Optional.of(r.id()), Optional.empty()))
                .orElseGet(DnsServer.OnPremises::unnamed);
    }

    /** The destination of a flow from a source. */
    Target target(Flow flow, Source from) {
        Optional<Component> component = index.lab.component(flow.to());
        if (component.isPresent()) {
            return new Target(
                    addressOf(component.get(), flow.ipVersion(), from),
                    Optional.empty(),
                    vpcOf(component.get()));
        }
        Optional<IpAddress> literal = IpAddress.tryParse(flow.to());
        if (literal.isPresent()) {
            return new Target(literal, Optional.empty(), Optional.empty());
        }
        DnsResolution resolution = dns.resolve(flow.to(), from.dnsClient(), flow.ipVersion());
        Optional<IpAddress> address =
                resolution.answer().stream()
                        .filter(a -> a.version() == flow.ipVersion())
                        .findFirst();
        Optional<String> vpc =
                address.flatMap(
                        a ->
                                index.interfaceEndpoints().stream()
                                        .filter(
                                                e ->
                                                        e.enis().stream()
                                                                .anyMatch(
                                                                        eni -> eni.ip().equals(a)))
                                        .map(InterfaceEndpoint::vpc)
                                        .findFirst());
        return new Target(address, Optional.of(resolution), vpc);
    }

    private Optional<IpAddress> addressOf(Component c, IpVersion version, Source from) {
        boolean v4 = version == IpVersion.V4;
        if (c instanceof Instance i) {
            boolean fromInternet =
                    from.iface().isEmpty()
                            && from.dnsClient().server() instanceof DnsServer.PublicDns;
            if (v4) {
                return fromInternet
                        ? i.publicIp().or(() -> Optional.of(i.privateIp()))
                        : Optional.of(i.privateIp());
            }
            return i.ipv6();
        }
        if (c instanceof InterfaceEndpoint e && v4) {
            return e.enis().stream()
                    .min(
                            Comparator.comparing(
                                    eni ->
                                            !from.azId()
                                                    .map(az -> az.equals(eni.azId()))
                                                    .orElse(false)))
                    .map(eni -> eni.ip());
        }
        if (c instanceof NetworkLoadBalancer nlb && v4) {
            return nlb.nodes().stream()
                    .min(
                            Comparator.comparing(
                                    n -> !from.azId().map(az -> az.equals(n.azId())).orElse(false)))
                    .map(NetworkLoadBalancer.Node::ip);
        }
        if (c instanceof NatGateway nat && v4) {
            return Optional.of(nat.privateIp());
        }
        if (c instanceof InternetHost h) {
            return v4 ? Optional.of(h.ip()) : h.ipv6();
        }
        if (c instanceof OnPremisesHost h && v4) {
            return Optional.of(h.ip());
        }
        if (c instanceof AwsService s) {
            return s.publicDnsRecords().stream()
                    .flatMap(r -> (v4 ? r.a() : r.aaaa()).stream())
                    .findFirst();
        }
        return Optional.empty();
    }

    private Optional<String> vpcOf(Component c) {
        if (c instanceof Instance i) {
            return index.subnet(i.subnet()).map(Subnet::vpc);
        }
        if (c instanceof InterfaceEndpoint e) {
            return Optional.of(e.vpc());
        }
        if (c instanceof NetworkLoadBalancer n) {
            return Optional.of(n.vpc());
        }
        if (c instanceof NatGateway n) {
            return index.subnet(n.subnet()).map(Subnet::vpc);
        }
        return Optional.empty();
    }
}
