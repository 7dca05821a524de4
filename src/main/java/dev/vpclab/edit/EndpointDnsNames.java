package dev.vpclab.edit;

import dev.vpclab.model.EndpointService;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Vpc;
import java.util.List;
import java.util.Optional;

/**
 * The endpoint-specific DNS names AWS creates for an interface endpoint (R-IF-7): regional {@code
 * <endpoint_id>.<service_id>.<region>.vpce.amazonaws.com}, zonal {@code
 * <endpoint_id>-<az>.<service_id>.<region>.vpce.amazonaws.com}. The service id is the last part of
 * the service name: {@code ssm} for {@code com.amazonaws.us-east-1.ssm}, {@code vpce-svc-1} for
 * {@code com.amazonaws.vpce.us-east-1.vpce-svc-1}.
 */
public final class EndpointDnsNames {
    private static final String SUFFIX = ".vpce.amazonaws.com";

    private EndpointDnsNames() {}

    /** The regional name of a new endpoint {@code id} of {@code serviceName} in {@code region}. */
    public static String regional(String id, String service, String serviceName, String region) {
        return id + "." + domain(service, serviceName, region);
    }

    /**
     * The endpoint with names that follow its (new) service: each endpoint-specific name keeps its
     * own first label (the endpoint id, its suffix, the zone) and takes the new service's domain;
     * the private hosted zone's names are cleared, which means the new service's own names (an
     * endpoint service of the lab has none). Without it the endpoint kept answering, and the
     * new-flow dialog kept offering, the old service's names.
     */
    public static InterfaceEndpoint follow(Lab lab, InterfaceEndpoint e) {
        String region = lab.component(e.vpc(), Vpc.class).map(Vpc::region).orElse(lab.region());
        String domain = domain(e.service(), e.serviceName(), region);
        Optional<String> regional =
                Optional.of(
                        e.regionalDnsName()
                                .map(n -> relabel(n, domain, e.service()))
                                .orElse(e.id() + "." + domain));
        List<String> zonal =
                e.zonalDnsNames().stream().map(n -> relabel(n, domain, e.service())).toList();
        return e.withDnsNames(regional, zonal, List.of());
    }

    /**
     * An inspector edit of an endpoint's {@code service} or {@code serviceName}: a service id of
     * the lab's endpoint services takes that service's name (and private DNS off, as connecting
     * does); an AWS service keeps its Region's name form; then the DNS names follow.
     */
    static InterfaceEndpoint afterEdit(
            Lab lab, InterfaceEndpoint before, InterfaceEndpoint after, String field) {
        if (before.service().equals(after.service())
                && before.serviceName().equals(after.serviceName())) {
            return after;
        }
        InterfaceEndpoint e = after;
        if (field.equals("service")) {
            Optional<EndpointService> s = lab.component(after.service(), EndpointService.class);
            String region = lab.component(e.vpc(), Vpc.class).map(Vpc::region).orElse(lab.region());
            if (s.isPresent()) {
                e = e.withService(s.get().id(), s.get().serviceName());
            } else if (before.serviceName().equals(Regions.serviceName(region, before.service()))) {
                e = e.withServiceName(Regions.serviceName(region, after.service()));
            }
        }
        return follow(lab, e);
    }

    private static String relabel(String name, String domain, String service) {
        String bare = name.startsWith("*.") ? name.substring(2) : name;
        int dot = bare.indexOf('.');
        String label = dot < 0 ? bare : bare.substring(0, dot);
        // Only S3's regional name is a wildcard ("*.vpce-1.s3.<region>.vpce.amazonaws.com").
        String star = service.equals("s3") ? "*." : "";
        return star + label + "." + domain;
    }

    /** {@code <service_id>.<region>.vpce.amazonaws.com}. */
    static String domain(String service, String serviceName, String region) {
        String custom = "com.amazonaws.vpce.";
        String aws = "com.amazonaws.";
        String id;
        if (serviceName.startsWith(custom)) {
            id = afterRegion(serviceName.substring(custom.length()), service);
        } else if (serviceName.startsWith(aws)) {
            id = afterRegion(serviceName.substring(aws.length()), service);
        } else {
            id = service;
        }
        return id + "." + region + SUFFIX;
    }

    private static String afterRegion(String rest, String fallback) {
        int dot = rest.indexOf('.');
        return dot < 0 || dot == rest.length() - 1 ? fallback : rest.substring(dot + 1);
    }
}
