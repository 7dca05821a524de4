package dev.vpclab.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS service that VPC endpoints can reach, in one Region: its endpoint service name, which
 * endpoint types it supports, its public DNS names and the names the private hosted zone of an
 * interface endpoint answers when private DNS is on. A name may start with {@code *.} and then
 * stands for every name one or more labels under it.
 *
 * @param service the short name, for example {@code s3} or {@code ecr.dkr}
 * @param serviceName for example {@code com.amazonaws.us-east-1.s3}
 * @param privateDnsNames empty when the service offers no private DNS
 * @param note a remark for people, for example a limit or an uncertainty
 */
public record ServiceEntry(
        String service,
        String region,
        String serviceName,
        boolean gatewayEndpoint,
        boolean interfaceEndpoint,
        List<String> publicDnsNames,
        List<String> privateDnsNames,
        Optional<String> note) {
    public ServiceEntry {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(serviceName, "serviceName");
        publicDnsNames = List.copyOf(publicDnsNames);
        privateDnsNames = List.copyOf(privateDnsNames);
        Objects.requireNonNull(note, "note");
    }

    /** True when this is one of the service's public names (wildcards included). */
    public boolean isPublicName(String dnsName) {
        return matchesAny(publicDnsNames, dnsName);
    }

    /** True when an interface endpoint with private DNS on answers this name (R-IF-6). */
    public boolean privateDnsAnswers(String dnsName) {
        return matchesAny(privateDnsNames, dnsName);
    }

    static boolean matchesAny(List<String> patterns, String dnsName) {
        Objects.requireNonNull(dnsName, "dnsName");
        String name = normalize(dnsName);
        return patterns.stream().anyMatch(p -> matches(p, name));
    }

    /** DNS names compare without case and without the root dot. */
    private static String normalize(String dnsName) {
        String n = dnsName.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static boolean matches(String pattern, String name) {
        if (pattern.startsWith("*.")) {
            String suffix = pattern.substring(1); // ".s3.us-east-1.amazonaws.com"
            return name.endsWith(suffix) && name.length() > suffix.length();
        }
        return pattern.equals(name);
    }
}
