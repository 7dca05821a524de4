package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An invalid value is quoted first in its message, exactly as written, and the reason follows in
 * the user's language (issue 11, command line contract).
 */
class ValueMessagesTest {
    private static final Locale KOREAN = Locale.KOREAN;

    /** A VPC and a security group whose values the cases replace one at a time. */
    private static String lab(String cidr, String ip, String ports, String protocol) {
        return """
                format: vpclab/1
                components:
                  - kind: vpc
                    id: vpc-a
                    region: us-east-1
                    cidr: %s
                    enableDnsSupport: true
                    enableDnsHostnames: true
                  - kind: internetHost
                    id: host-web
                    ip: %s
                  - kind: securityGroup
                    id: sg-a
                    vpc: vpc-a
                    inbound:
                      - protocol: %s
                        ports: "%s"
                        source: 0.0.0.0/0
                    outbound: []
                """
                .formatted(cidr, ip, protocol, ports);
    }

    private static Problem onlyProblem(String text) {
        LoadResult result = LabReader.read(text, "values.yaml");
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "10.0.0.0/33 | 203.0.113.10 | 443    | tcp |"
                        + " '10.0.0.0/33' is not a valid CIDR block: prefix length 33 is outside 0-32",
                "10.0.0.1/16 | 203.0.113.10 | 443    | tcp |"
                        + " '10.0.0.1/16' is not a valid CIDR block: it has host bits set (bits after the prefix"
                        + " length); the block is 10.0.0.0/16",
                "10.0.0.0    | 203.0.113.10 | 443    | tcp |"
                        + " '10.0.0.0' is not a valid CIDR block: expected an address, a slash and a"
                        + " prefix length, for example 10.0.0.0/16",
                "10.0.0.0/16 | 203.0.113.300 | 443   | tcp |"
                        + " '203.0.113.300' is not a valid IP address: expected four numbers 0-255"
                        + " separated by dots (10.0.1.5) or an IPv6 address (2001:db8::5)",
                "10.0.0.0/16 | 203.0.113.10 | 443-80 | tcp |"
                        + " '443-80' is not a valid port range: the low port comes first (80-443)",
                "10.0.0.0/16 | 203.0.113.10 | 70000  | tcp |"
                        + " '70000' is not a valid port range: port 70000 is outside 0-65535",
                "10.0.0.0/16 | 203.0.113.10 | https  | tcp |"
                        + " 'https' is not a valid port range: expected a port (\"443\"), a range"
                        + " (\"1024-65535\") or \"all\"",
                "10.0.0.0/16 | 203.0.113.10 | 443    | gre |"
                        + " 'gre' is not a valid protocol: expected tcp, udp, icmp or all",
            })
    void quotesTheValueThenSaysWhy(
            String cidr, String ip, String ports, String protocol, String expected) {
        Problem p = onlyProblem(lab(cidr, ip, ports, protocol));
        assertThat(p.message().english()).isEqualTo(expected);
    }

    @Test
    void theReasonIsTranslatedToo() {
        Problem p = onlyProblem(lab("10.0.0.0/33", "203.0.113.10", "443", "tcp"));
        assertThat(p.message().render(KOREAN))
                .isEqualTo("'10.0.0.0/33'은(는) 올바른 CIDR 블록이 아닙니다: 접두사 길이 33이(가) 0-32 범위를 벗어납니다");
        Problem ports = onlyProblem(lab("10.0.0.0/16", "203.0.113.10", "443-80", "tcp"));
        assertThat(ports.message().render(KOREAN))
                .startsWith("'443-80'은(는) 올바른 포트 범위가 아닙니다: ")
                .contains("80-443");
    }

    @Test
    void anEnumValueIsQuotedWithTheChoices() {
        String text =
                """
                format: vpclab/1
                components:
                  - kind: vpc
                    id: vpc-a
                    region: us-east-1
                    cidr: 10.0.0.0/16
                    enableDnsSupport: true
                    enableDnsHostnames: true
                  - kind: subnet
                    id: subnet-a
                    vpc: vpc-a
                    cidr: 10.0.1.0/24
                    az: us-east-1a
                    azId: use1-az1
                  - kind: natGateway
                    id: nat-a
                    subnet: subnet-a
                    connectivity: semi-public
                    privateIp: 10.0.1.10
                """;
        Problem p =
                LabReader.read(text, "enum.yaml").errors().stream()
                        .filter(e -> e.field().orElse("").equals("connectivity"))
                        .findFirst()
                        .orElseThrow();
        assertThat(p.message().english())
                .isEqualTo(
                        "'semi-public' is not a valid value for 'connectivity': expected one of"
                                + " public, private.");
        assertThat(p.message().render(KOREAN)).startsWith("'semi-public'은(는) 'connectivity'에");
    }
}
