package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.Component;
import dev.vpclab.model.EndpointEni;
import dev.vpclab.model.EndpointService;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.NetworkLoadBalancer;
import dev.vpclab.model.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * AWS PrivateLink from the Describe output: interface endpoints ({@code VpcEndpoints} of type
 * {@code Interface}, with their network interfaces, security groups, DNS entries, private DNS and
 * policy) and, on the provider side, endpoint services ({@code ServiceConfigurations}, {@code
 * AllowedPrincipals}, {@code VpcEndpointConnections}); {@code ServiceDetails} give the private DNS
 * names of services the consumer sees.
 */
final class PrivateLink {
    /** The first label of a zonal endpoint-specific name ends with the zone. */
    private static final Pattern ZONAL = Pattern.compile(".*-[a-z]{2}(-[a-z]+)+-\\d+[a-z]$");

    private final AwsInventory inv;
    private final ImportReport.Builder report;
    private final NetworkInterfaces enis;
    private final Map<String, Component> built;
    private final Map<String, String> serviceIdByName = new HashMap<>();
    private final Map<String, List<String>> privateNamesByService = new HashMap<>();
    private final Map<String, String> connectionState = new HashMap<>();

    PrivateLink(
            AwsInventory inv,
            ImportReport.Builder report,
            NetworkInterfaces enis,
            Map<String, Component> built)
            throws ImportFailure {
        this.inv = inv;
        this.report = report;
        this.enis = enis;
        this.built = built;
        for (String key : List.of("ServiceConfigurations", "ServiceDetails")) {
            for (Item s : inv.all(key)) {
                Optional<String> id = s.optText("ServiceId");
                Optional<String> name = s.optText("ServiceName");
                if (id.isPresent() && name.isPresent()) {
                    serviceIdByName.put(name.get(), id.get());
                }
                List<String> names = new ArrayList<>(s.texts("PrivateDnsNames", "PrivateDnsName"));
                s.optText("PrivateDnsName").ifPresent(names::add);
                Optional<Item> config = s.object("PrivateDnsNameConfiguration");
                if (config.isPresent()) {
                    config.get().optText("Name").ifPresent(names::add);
                }
                if (name.isPresent() && !names.isEmpty()) {
                    privateNamesByService.putIfAbsent(name.get(), names);
                }
            }
        }
        for (Item c : inv.all("VpcEndpointConnections")) {
            Optional<String> endpoint = c.optText("VpcEndpointId");
            Optional<String> state = c.optText("VpcEndpointState");
            if (endpoint.isPresent() && state.isPresent()) {
                connectionState.put(endpoint.get(), state(state.get()));
            }
        }
    }

    /** AWS spells states {@code PendingAcceptance} in the API and {@code pendingAcceptance}. */
    static String state(String aws) {
        return aws.isEmpty() ? aws : Character.toLowerCase(aws.charAt(0)) + aws.substring(1);
    }

    List<InterfaceEndpoint> interfaceEndpoints() throws ImportFailure {
        List<InterfaceEndpoint> out = new ArrayList<>();
        for (Item e : inv.all("VpcEndpoints")) {
            if (!"Interface".equalsIgnoreCase(e.optText("VpcEndpointType").orElse(""))) {
                continue;
            }
            String id = e.text("VpcEndpointId");
            Optional<String> own = e.optText("State").map(PrivateLink::state);
            String state =
                    own.or(() -> Optional.ofNullable(connectionState.get(id))).orElse("available");
            if (state.equals("deleted") || state.equals("deleting")) {
                ignored(e, "import.ignored.state", id, state);
                continue;
            }
            String serviceName = e.text("ServiceName");
            String service = serviceOf(serviceName);
            List<String> subnets = e.texts("SubnetIds", null);
            List<EndpointEni> endpointEnis = new ArrayList<>();
            List<String> ids = e.texts("NetworkInterfaceIds", null);
            if (ids.isEmpty()) {
                enis.ownedBy(id).forEach(n -> ids.add(n.id()));
            }
            for (String eniId : ids) {
                Optional<NetworkInterfaces.Eni> eni = enis.get(eniId);
                Optional<Subnet> subnet =
                        eni.map(n -> built.get(n.subnet()))
                                .filter(Subnet.class::isInstance)
                                .map(Subnet.class::cast);
                if (eni.isEmpty() || eni.get().ip().isEmpty() || subnet.isEmpty()) {
                    ignored(e, "import.ignored.endpointEni", id, eniId);
                    continue;
                }
                endpointEnis.add(
                        new EndpointEni(
                                eniId,
                                subnet.get().id(),
                                eni.get().az().orElse(subnet.get().az()),
                                subnet.get().azId(),
                                eni.get().ip().get()));
            }
            Optional<String> regional = Optional.empty();
            List<String> zonal = new ArrayList<>();
            Set<String> privateNames = new LinkedHashSet<>();
            for (Item d : e.items("DnsEntries")) {
                String name = d.optText("DnsName").orElse("").toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (name.endsWith(".vpce.amazonaws.com")) {
                    String bare = name.startsWith("*.") ? name.substring(2) : name;
                    String label = bare.substring(0, bare.indexOf('.'));
                    if (ZONAL.matcher(label).matches()) {
                        zonal.add(name);
                    } else if (regional.isEmpty()) {
                        regional = Optional.of(name);
                    }
                } else if (service.startsWith("vpce-svc-")) {
                    privateNames.add(name);
                }
            }
            boolean privateDns = e.bool("PrivateDnsEnabled", false);
            if (service.startsWith("vpce-svc-")) {
                privateNames.addAll(privateNamesByService.getOrDefault(serviceName, List.of()));
            }
            boolean inboundOnly = false;
            Optional<Item> dns = e.object("DnsOptions");
            if (dns.isPresent()) {
                inboundOnly = dns.get().bool("PrivateDnsOnlyForInboundResolverEndpoint", false);
            }
            if (own.isPresent()
                    && connectionState.containsKey(id)
                    && !connectionState.get(id).equals(own.get())) {
                report.add(
                        Outcome.ASSUMED,
                        e.file().name(),
                        e.path(),
                        Message.of(
                                "import.assumed.endpointState",
                                id,
                                own.get(),
                                connectionState.get(id)));
            }
            read(e, id);
            out.add(
                    new InterfaceEndpoint(
                            id,
                            e.text("VpcId"),
                            service,
                            serviceName,
                            subnets,
                            endpointEnis,
                            e.texts("Groups", "GroupId"),
                            privateDns,
                            inboundOnly,
                            state,
                            regional,
                            zonal,
                            List.copyOf(privateNames),
                            PolicyJson.read(e, "PolicyDocument")));
        }
        return out;
    }

    /**
     * The lab's service of an endpoint: an endpoint service's id ({@code vpce-svc-...}) or the AWS
     * service ({@code com.amazonaws.us-east-1.ssm} is {@code ssm}).
     */
    String serviceOf(String serviceName) {
        String id = serviceIdByName.get(serviceName);
        if (id != null) {
            return id;
        }
        String last = serviceName.substring(serviceName.lastIndexOf('.') + 1);
        if (last.startsWith("vpce-svc-")) {
            return last;
        }
        Optional<String> region = AwsInventory.regionOfServiceName(serviceName);
        if (region.isPresent()) {
            String marker = "." + region.get() + ".";
            return serviceName.substring(serviceName.indexOf(marker) + marker.length());
        }
        return last;
    }

    /** Endpoint services in front of the imported Network Load Balancers. */
    List<EndpointService> endpointServices() throws ImportFailure {
        Map<String, List<String>> principals = principals();
        List<EndpointService> out = new ArrayList<>();
        for (Item s : inv.all("ServiceConfigurations")) {
            String id = s.text("ServiceId");
            String state = s.optText("ServiceState").orElse("Available").toLowerCase(Locale.ROOT);
            if (state.equals("deleted") || state.equals("deleting") || state.equals("failed")) {
                ignored(s, "import.ignored.state", id, state);
                continue;
            }
            List<String> nlbs = new ArrayList<>();
            for (String arn : s.texts("NetworkLoadBalancerArns", null)) {
                if (built.get(arn) instanceof NetworkLoadBalancer) {
                    nlbs.add(arn);
                }
            }
            if (nlbs.isEmpty()) {
                ignored(s, "import.ignored.serviceNoNlb", id);
                continue;
            }
            NetworkLoadBalancer first = (NetworkLoadBalancer) built.get(nlbs.get(0));
            Set<String> zoneIds = new LinkedHashSet<>(s.texts("AvailabilityZoneIds", null));
            if (zoneIds.isEmpty()) {
                // The zones the service is in are the zones of its load balancers' nodes.
                for (String arn : nlbs) {
                    ((NetworkLoadBalancer) built.get(arn))
                            .nodes()
                            .forEach(n -> zoneIds.add(n.azId()));
                }
            }
            List<String> allowed = principals.getOrDefault(id, List.of());
            if (!principals.containsKey(id)) {
                report.add(
                        Outcome.ASSUMED,
                        s.file().name(),
                        s.path(),
                        Message.of("import.assumed.noPrincipals", id));
            }
            read(s, id);
            out.add(
                    new EndpointService(
                            id,
                            s.text("ServiceName"),
                            first.vpc(),
                            nlbs,
                            s.bool("AcceptanceRequired", true),
                            allowed,
                            List.copyOf(zoneIds)));
        }
        for (Item c : inv.all("VpcEndpointConnections")) {
            String endpoint = c.optText("VpcEndpointId").orElse("");
            if (built.containsKey(endpoint)) {
                read(c, endpoint);
            } else {
                ignored(
                        c,
                        "import.ignored.connection",
                        endpoint,
                        c.optText("ServiceId").orElse(""));
            }
        }
        return out;
    }

    /**
     * The allowed principals of each service, from {@code
     * describe-vpc-endpoint-service-permissions}: each principal's {@code ServiceId}, else the
     * file's, else the one service the export holds.
     */
    private Map<String, List<String>> principals() throws ImportFailure {
        Map<String, List<String>> out = new HashMap<>();
        List<Item> services = inv.all("ServiceConfigurations");
        for (Item root : inv.roots("AllowedPrincipals")) {
            Optional<String> fileService =
                    root.optText("ServiceId")
                            .or(
                                    () ->
                                            services.size() == 1
                                                    ? Ec2Network.opt(services.get(0), "ServiceId")
                                                    : Optional.empty());
            for (Item p : root.items("AllowedPrincipals")) {
                Optional<String> service = p.optText("ServiceId").or(() -> fileService);
                Optional<String> principal = p.optText("Principal");
                if (service.isEmpty()) {
                    ignored(p, "import.ignored.whose", "AllowedPrincipals", "ServiceId");
                    continue;
                }
                List<String> list = out.computeIfAbsent(service.get(), k -> new ArrayList<>());
                principal.ifPresent(list::add);
            }
        }
        return out;
    }

    private void read(Item i, String id) {
        report.add(Outcome.READ, i.file().name(), i.path(), Message.of("import.read", id));
    }

    private void ignored(Item i, String key, Object... args) {
        report.add(Outcome.IGNORED, i.file().name(), i.path(), Message.of(key, args));
    }
}
