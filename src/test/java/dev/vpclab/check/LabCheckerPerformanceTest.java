package dev.vpclab.check;

import static dev.vpclab.check.TestLabs.instance;
import static dev.vpclab.check.TestLabs.local;
import static dev.vpclab.check.TestLabs.nacl;
import static dev.vpclab.check.TestLabs.peering;
import static dev.vpclab.check.TestLabs.route;
import static dev.vpclab.check.TestLabs.routeTable;
import static dev.vpclab.check.TestLabs.rule;
import static dev.vpclab.check.TestLabs.securityGroup;
import static dev.vpclab.check.TestLabs.subnet;
import static dev.vpclab.check.TestLabs.vpc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Lab;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabCheckerPerformanceTest {

    /**
     * About 10,000 components: one VPC with 4,000 /28 subnets and as many instances, 1,000 security
     * groups naming each other, and 100 small VPCs peered in a chain.
     */
    static Lab largeLab() {
        TestLabs lab = TestLabs.empty();
        lab.add(
                vpc("vpc-big", "10.0.0.0/16"),
                nacl("acl-main", "vpc-big"),
                routeTable("rt-big", "vpc-big", local("10.0.0.0/16")));
        for (int i = 0; i < 1000; i++) {
            String peer = i == 0 ? "0.0.0.0/0" : "sg-" + (i - 1);
            lab.add(
                    securityGroup(
                            "sg-" + i, "vpc-big", List.of(rule(peer)), List.of(rule("0.0.0.0/0"))));
        }
        for (int i = 0; i < 4000; i++) {
            int base = i * 16;
            String net = "10.0." + (base / 256) + ".";
            String az = i % 2 == 0 ? "a" : "b";
            lab.add(
                    subnet(
                            "subnet-" + i,
                            "vpc-big",
                            net + (base % 256) + "/28",
                            az,
                            "use1-az" + (i % 2 + 1),
                            "rt-big"),
                    instance("i-" + i, "subnet-" + i, net + (base % 256 + 4), "sg-" + (i % 1000)));
        }
        for (int v = 1; v <= 100; v++) {
            String id = "vpc-" + v;
            String cidr = "10." + v + ".0.0/16";
            lab.add(
                    vpc(id, cidr),
                    nacl("acl-" + v, id),
                    routeTable("rt-" + v, id, local(cidr), route("10.0.0.0/8", "pcx-" + v)),
                    subnet(
                            "subnet-v" + v,
                            id,
                            "10." + v + ".1.0/24",
                            "a",
                            "use1-az1",
                            "rt-" + v,
                            "acl-" + v),
                    securityGroup("sg-v" + v, id),
                    instance("i-v" + v, "subnet-v" + v, "10." + v + ".1.10", "sg-v" + v),
                    peering("pcx-" + v, id, v == 100 ? "vpc-1" : "vpc-" + (v + 1)));
        }
        return lab.build();
    }

    @Test
    void tenThousandComponentsCheckInWellUnderASecond() {
        Lab lab = largeLab();
        assertThat(lab.components()).hasSizeGreaterThan(9_500);
        assertThat(LabChecker.check(lab)).isEmpty(); // warm up, and the lab is valid

        long start = System.nanoTime();
        List<Problem> problems = LabChecker.check(lab);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(problems).isEmpty();
        assertThat(millis).as("check took %d ms", millis).isLessThan(1000);
    }
}
