package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Regional AWS service such as S3 or DynamoDB: its public DNS records, its managed prefix list
 * and its resources (buckets or tables) with their resource policies.
 */
public record AwsService(
        String id,
        String service,
        String region,
        String serviceName,
        Optional<String> prefixList,
        List<DnsRecord> publicDnsRecords,
        List<Resource> resources)
        implements Component {
    public AwsService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(prefixList, "prefixList");
        publicDnsRecords = List.copyOf(publicDnsRecords);
        resources = List.copyOf(resources);
    }

    @Override
    public ComponentKind kind() {
        return ComponentKind.AWS_SERVICE;
    }

    /** A public DNS name with its A and AAAA answers. */
    public record DnsRecord(String name, List<IpAddress> a, List<IpAddress> aaaa) {
        public DnsRecord {
            Objects.requireNonNull(name, "name");
            a = List.copyOf(a);
            aaaa = List.copyOf(aaaa);
        }
    }

    /** A bucket or table, its Region and its resource policy (empty: none). */
    public record Resource(String name, String region, Optional<Policy> policy) {
        public Resource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(policy, "policy");
        }
    }
}
