package dev.vpclab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @Test
    void ipv4RoundTripsThroughText() {
        assertThat(IpAddress.parse("10.0.1.10").toString()).isEqualTo("10.0.1.10");
        assertThat(IpAddress.parse("255.255.255.255").toString()).isEqualTo("255.255.255.255");
        assertThat(IpAddress.parse("0.0.0.0").isV4()).isTrue();
    }

    @Test
    void ipv6IsWrittenInCanonicalForm() {
        assertThat(IpAddress.parse("2600:1f18:1234:5601:0:0:0:10").toString())
                .isEqualTo("2600:1f18:1234:5601::10");
        assertThat(IpAddress.parse("::").toString()).isEqualTo("::");
        assertThat(IpAddress.parse("2001:DB8::1").toString()).isEqualTo("2001:db8::1");
        // RFC 5952: the longest run of zero groups is compressed, a single zero group is not.
        assertThat(IpAddress.parse("2001:db8:0:1:0:0:0:1").toString()).isEqualTo("2001:db8:0:1::1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"10.0.0", "10.0.0.256", "10.0.0.01", "a.b.c.d", "1::2::3", "12345::", ""})
    void malformedTextIsRefusedWithTheTextInTheMessage(String text) {
        assertThatThrownBy(() -> IpAddress.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void privateRangesAreRecognised() {
        assertThat(IpAddress.parse("10.1.2.3").isPrivate()).isTrue();
        assertThat(IpAddress.parse("172.16.0.1").isPrivate()).isTrue();
        assertThat(IpAddress.parse("172.32.0.1").isPrivate()).isFalse();
        assertThat(IpAddress.parse("192.168.4.4").isPrivate()).isTrue();
        assertThat(IpAddress.parse("54.123.170.20").isPrivate()).isFalse();
        assertThat(IpAddress.parse("fd00::1").isPrivate()).isTrue();
        assertThat(IpAddress.parse("2600::1").isPrivate()).isFalse();
    }

    @Test
    void addressesOfDifferentFamiliesAreNeverEqual() {
        assertThat(IpAddress.parse("0.0.0.1")).isNotEqualTo(IpAddress.parse("::1"));
    }
}
