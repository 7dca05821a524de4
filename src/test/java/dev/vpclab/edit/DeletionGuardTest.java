package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Lab;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionGuardTest {

    @Test
    void theMainRouteTableAndDefaultAclAreRefusedButGoWithTheirVpc() {
        Lab lab = Labs.vpcSubnetInstance();
        assertThat(DeletionGuard.attempt(lab, Set.of("rtb-1")).refusal()).isPresent();
        assertThat(DeletionGuard.attempt(lab, Set.of("acl-1")).refusal()).isPresent();
        assertThat(DeletionGuard.attempt(lab, Set.of("vpc-1", "rtb-1")).allowedEdit()).isPresent();
        assertThat(DeletionGuard.attempt(lab, Set.of("i-1")).allowedEdit()).isPresent();
    }
}
