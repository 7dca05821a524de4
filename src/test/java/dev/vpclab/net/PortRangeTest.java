package dev.vpclab.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortRangeTest {

    @Test
    void parsesTheThreeFormsAwsUses() {
        assertThat(PortRange.parse("443")).isEqualTo(new PortRange(443, 443));
        assertThat(PortRange.parse("1024-65535")).isEqualTo(new PortRange(1024, 65535));
        assertThat(PortRange.parse("all").isAll()).isTrue();
        assertThat(PortRange.parse("1024-65535").contains(45000)).isTrue();
        assertThat(PortRange.parse("32768-61000").contains(1023)).isFalse();
    }

    @Test
    void writesBackAsParsed() {
        assertThat(PortRange.parse("443").toString()).isEqualTo("443");
        assertThat(PortRange.parse("1024-65535").toString()).isEqualTo("1024-65535");
        assertThat(PortRange.ALL.toString()).isEqualTo("all");
    }

    @Test
    void refusesBackwardsAndOutOfRangePorts() {
        assertThatThrownBy(() -> PortRange.parse("443-80"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortRange.parse("70000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortRange.parse("https")).hasMessageContaining("'https'");
    }
}
