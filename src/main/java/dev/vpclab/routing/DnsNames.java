package dev.vpclab.routing;

import java.util.Locale;

/** Domain-name matching as DNS zones and Resolver rules use it. */
final class DnsNames {
    private DnsNames() {}

    /** The name in lower case without a trailing dot. */
    static String normal(String name) {
        String n = name.toLowerCase(Locale.ROOT).trim();
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** Whether a zone or rule for {@code domain} covers {@code name}: the domain or a subdomain. */
    static boolean covers(String domain, String name) {
        String d = normal(domain);
        return name.equals(d) || name.endsWith("." + d);
    }

    /** How specific a domain is: its number of labels (the most specific match wins). */
    static int labels(String domain) {
        String d = normal(domain);
        return d.isEmpty() ? 0 : d.split("\\.").length;
    }

    /** Whether a record name ({@code www.example.com} or {@code *.example.com}) holds the name. */
    static boolean recordMatches(String record, String name) {
        String r = normal(record);
        if (r.startsWith("*.")) {
            return name.endsWith(r.substring(1));
        }
        return r.equals(name);
    }
}
