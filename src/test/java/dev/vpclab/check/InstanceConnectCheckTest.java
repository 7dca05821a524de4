package dev.vpclab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Flow;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the checker says about EC2 Instance Connect Endpoints and the flows that use them. */
class InstanceConnectCheckTest {

    private static InstanceConnectEndpoint eice(String subnet, String ip, String... groups) {
        return new InstanceConnectEndpoint(
                "eice-main", subnet, IpAddress.parse(ip), List.of(groups), false);
    }

    @Test
    void anEndpointInItsSubnetWithAGroupOfItsVpcIsValid() {
        List<Problem> problems =
                TestLabs.minimal().add(eice("subnet-b", "10.0.2.20", "sg-app")).check();
        assertThat(problems).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void anAddressOutsideTheSubnetIsRefused() {
        List<Problem> problems =
                TestLabs.minimal().add(eice("subnet-b", "10.0.1.20", "sg-app")).check();
        Expect.has(problems, Severity.ERROR, "ADDRESS_OUTSIDE_SUBNET", "eice-main", "privateIp");
    }

    @Test
    void aMissingSecurityGroupIsADanglingReference() {
        List<Problem> problems =
                TestLabs.minimal().add(eice("subnet-b", "10.0.2.20", "sg-gone")).check();
        Expect.has(
                problems, Severity.ERROR, "DANGLING_REFERENCE", "eice-main", "securityGroups[0]");
    }

    @Test
    void aFlowViaSomethingThatIsNotAnEndpointIsADanglingReference() {
        Lab base = TestLabs.minimal().add(eice("subnet-b", "10.0.2.20", "sg-app")).build();
        Flow good = Flow.of("i-app", "i-app", Protocol.TCP, 22).withVia(Optional.of("eice-main"));
        Flow bad = good.withVia(Optional.of("sg-app"));
        Lab lab =
                new Lab(
                        "test",
                        "",
                        base.region(),
                        base.components(),
                        Map.of(),
                        List.of(good, bad),
                        Optional.empty(),
                        Map.of());
        List<Problem> problems = LabChecker.check(lab);
        assertThat(problems)
                .filteredOn(p -> p.code().equals("DANGLING_REFERENCE"))
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.field()).contains("flows[1].via");
                            assertThat(p.message().english())
                                    .contains("sg-app")
                                    .contains("not an EC2 Instance Connect Endpoint");
                        });
    }

    @Test
    void aSecondEndpointInTheSameVpcIsRefused() {
        InstanceConnectEndpoint second =
                new InstanceConnectEndpoint(
                        "eice-second",
                        "subnet-a",
                        IpAddress.parse("10.0.1.30"),
                        List.of("sg-app"),
                        false);
        List<Problem> problems =
                TestLabs.minimal().add(eice("subnet-b", "10.0.2.20", "sg-app"), second).check();
        Problem p =
                Expect.only(
                        problems,
                        Severity.ERROR,
                        "INSTANCE_CONNECT_ENDPOINT_PER_VPC",
                        "eice-second",
                        "subnet");
        assertThat(p.message().english()).contains("vpc-main").contains("eice-main");
        assertThat(p.message().render(java.util.Locale.KOREAN)).contains("VPC마다 하나");
    }
}
