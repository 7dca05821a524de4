package dev.vpclab.format;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;

/**
 * Values returned for fields that could not be read, so that reading can go on and find every
 * problem of the file. A component that needed one is never built (see {@link Fields#failed()}).
 */
final class Placeholders {
    static final Cidr CIDR = Cidr.any(IpVersion.V4);
    static final IpAddress ADDRESS = IpAddress.ofV4(0);

    private Placeholders() {}
}
