package dev.vpclab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void containsAddressesOfItsBlockOnly() {
        Cidr vpc = Cidr.parse("10.0.0.0/16");
        assertThat(vpc.contains(IpAddress.parse("10.0.255.255"))).isTrue();
        assertThat(vpc.contains(IpAddress.parse("10.1.0.0"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(IpAddress.parse("54.123.170.20"))).isTrue();
    }

    @Test
    void anIpv4RouteNeverMatchesAnIpv6Address() {
        // R-RT-3: routes to IPv4 and IPv6 are independent; 0.0.0.0/0 does not cover IPv6.
        assertThat(Cidr.parse("0.0.0.0/0").contains(IpAddress.parse("2600:1f18::10"))).isFalse();
        assertThat(Cidr.parse("::/0").contains(IpAddress.parse("2600:1f18::10"))).isTrue();
    }

    @Test
    void hostBitsAreRefusedWithTheBlockThatWasMeant() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.1/16"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.0.0.0/16");
    }

    @Test
    void malformedBlocksSayWhatIsWrong() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0")).hasMessageContaining("address/length");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("0..32");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).hasMessageContaining("prefix length");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.300/8"))
                .hasMessageContaining("not an IP address");
    }

    @Test
    void overlapIsSymmetricAndIncludesContainment() {
        Cidr a = Cidr.parse("10.0.0.0/16");
        Cidr b = Cidr.parse("10.0.1.0/24");
        Cidr c = Cidr.parse("10.1.0.0/16");
        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThat(a.overlaps(c)).isFalse();
        assertThat(a.contains(b)).isTrue();
        assertThat(b.contains(a)).isFalse();
    }

    @Test
    void ipv6BlocksWork() {
        Cidr block = Cidr.parse("2600:1f18:1234:5600::/56");
        assertThat(block.contains(IpAddress.parse("2600:1f18:1234:5601::10"))).isTrue();
        assertThat(block.contains(IpAddress.parse("2600:1f18:1234:5700::10"))).isFalse();
        assertThat(block.toString()).isEqualTo("2600:1f18:1234:5600::/56");
    }

    @Test
    void addressesAreCountedFromTheNetworkAddress() {
        Cidr subnet = Cidr.parse("10.0.1.0/24");
        assertThat(subnet.address(2)).isEqualTo(IpAddress.parse("10.0.1.2"));
        assertThat(subnet.size()).isEqualTo(256);
    }
}
