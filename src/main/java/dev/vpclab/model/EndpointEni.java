package dev.vpclab.model;

import dev.vpclab.net.IpAddress;
import java.util.Objects;

/** The requester-managed network interface an interface endpoint has in one subnet (R-IF-1). */
public record EndpointEni(String id, String subnet, String az, String azId, IpAddress ip) {
    public EndpointEni {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(az, "az");
        Objects.requireNonNull(azId, "azId");
        Objects.requireNonNull(ip, "ip");
    }
}
