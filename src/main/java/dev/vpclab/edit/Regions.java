package dev.vpclab.edit;

import java.util.Objects;

/** Names derived from a Region name the way AWS forms them. */
public final class Regions {
    private Regions() {}

    /** The short code of a Region, as in zone ids: {@code us-east-1} gives {@code use1}. */
    public static String code(String region) {
        Objects.requireNonNull(region, "region");
        String[] parts = region.split("-");
        if (parts.length < 3) {
            return region.replace("-", "");
        }
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            sb.append(parts[i].isEmpty() ? "" : parts[i].substring(0, 1));
        }
        return sb.append(parts[parts.length - 1]).toString();
    }

    /** The n-th zone name (1: {@code us-east-1a}). */
    public static String zone(String region, int n) {
        return region + (char) ('a' + Math.max(0, n - 1));
    }

    /** The n-th zone id (1: {@code use1-az1}). */
    public static String zoneId(String region, int n) {
        return code(region) + "-az" + Math.max(1, n);
    }

    /** The service name of an AWS service in a Region: {@code com.amazonaws.us-east-1.s3}. */
    public static String serviceName(String region, String service) {
        return "com.amazonaws." + region + "." + service;
    }
}
