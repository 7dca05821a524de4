package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.model.Policy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
    private static final String ROLE = "arn:aws:iam::111122223333:role/app-role";

    private static PolicyEvaluator.RequestContext request(
            String action, String resource, Map<String, Optional<String>> keys) {
        return new PolicyEvaluator.RequestContext(action, resource, ROLE, keys);
    }

    private static Policy.Statement statement(
            String sid,
            Policy.Effect effect,
            List<String> actions,
            List<String> resources,
            List<Policy.Condition> conditions) {
        return new Policy.Statement(
                Optional.of(sid),
                effect,
                List.of("*"),
                actions,
                List.of(),
                resources,
                List.of(),
                conditions);
    }

    @Test
    void theDefaultEndpointPolicyAllowsEverything() {
        Decision.PolicyMatch outcome =
                PolicyEvaluator.evaluate(
                        new Policy.DefaultFullAccess(),
                        request("s3:GetObject", "arn:aws:s3:::any/key", Map.of()));
        assertThat(outcome.outcome()).isEqualTo(Decision.PolicyOutcome.DEFAULT_FULL_ACCESS);
        assertThat(outcome.text()).isEqualTo("default policy: allow all");
    }

    @Test
    void anAllowListDeniesWhatItDoesNotName() {
        // R-POL-2: an endpoint policy that allows one bucket implicitly denies the others.
        Policy policy =
                new Policy.Document(
                        Optional.of("2012-10-17"),
                        List.of(
                                statement(
                                        "OneBucket",
                                        Policy.Effect.ALLOW,
                                        List.of("s3:GetObject", "s3:PutObject"),
                                        List.of("arn:aws:s3:::my-bucket/*"),
                                        List.of())));
        assertThat(
                        PolicyEvaluator.evaluate(
                                        policy,
                                        request(
                                                "s3:GetObject",
                                                "arn:aws:s3:::my-bucket/a.csv",
                                                Map.of()))
                                .text())
                .isEqualTo("Allow OneBucket");
        Decision.PolicyMatch other =
                PolicyEvaluator.evaluate(
                        policy,
                        request("s3:GetObject", "arn:aws:s3:::other-bucket/a.csv", Map.of()));
        assertThat(other.outcome()).isEqualTo(Decision.PolicyOutcome.IMPLICIT_DENY);
        assertThat(other.text()).isEqualTo("none");
    }

    @Test
    void anExplicitDenyWinsOverAnAllow() {
        Policy policy =
                new Policy.Document(
                        Optional.empty(),
                        List.of(
                                statement(
                                        "All",
                                        Policy.Effect.ALLOW,
                                        List.of("s3:*"),
                                        List.of("*"),
                                        List.of()),
                                statement(
                                        "NoWrites",
                                        Policy.Effect.DENY,
                                        List.of("s3:Put*"),
                                        List.of("*"),
                                        List.of())));
        Decision.PolicyMatch outcome =
                PolicyEvaluator.evaluate(
                        policy, request("s3:PutObject", "arn:aws:s3:::b/k", Map.of()));
        assertThat(outcome.outcome()).isEqualTo(Decision.PolicyOutcome.EXPLICIT_DENY);
        assertThat(outcome.text()).isEqualTo("Deny NoWrites");
    }

    @Test
    void aMissingConditionKeyMakesNegatedOperatorsTrue() {
        // R-POL-5: StringNotEquals on an absent aws:SourceVpce is true, so the Deny applies.
        Policy policy =
                new Policy.Document(
                        Optional.empty(),
                        List.of(
                                statement(
                                        "DenyOutsideVpce",
                                        Policy.Effect.DENY,
                                        List.of("s3:*"),
                                        List.of(
                                                "arn:aws:s3:::my-bucket",
                                                "arn:aws:s3:::my-bucket/*"),
                                        List.of(
                                                new Policy.Condition(
                                                        "StringNotEquals",
                                                        "aws:SourceVpce",
                                                        List.of("vpce-s3-gw"))))));
        Map<String, Optional<String>> viaNat = new LinkedHashMap<>();
        viaNat.put("aws:SourceVpce", Optional.empty());
        viaNat.put("aws:SourceIp", Optional.of("203.0.113.20"));
        assertThat(
                        PolicyEvaluator.evaluate(
                                        policy,
                                        request("s3:GetObject", "arn:aws:s3:::my-bucket/k", viaNat))
                                .outcome())
                .isEqualTo(Decision.PolicyOutcome.EXPLICIT_DENY);
        Map<String, Optional<String>> viaEndpoint =
                Map.of("aws:SourceVpce", Optional.of("vpce-s3-gw"));
        assertThat(
                        PolicyEvaluator.evaluate(
                                        policy,
                                        request(
                                                "s3:GetObject",
                                                "arn:aws:s3:::my-bucket/k",
                                                viaEndpoint))
                                .outcome())
                .isEqualTo(Decision.PolicyOutcome.IMPLICIT_DENY);
    }

    @Test
    void aMissingKeyMakesPositiveOperatorsFalseUnlessIfExists() {
        Map<String, Optional<String>> none = Map.of();
        assertThat(
                        PolicyEvaluator.holds(
                                new Policy.Condition(
                                        "StringEquals", "aws:SourceVpc", List.of("vpc-1")),
                                none))
                .isFalse();
        assertThat(
                        PolicyEvaluator.holds(
                                new Policy.Condition(
                                        "StringEqualsIfExists", "aws:SourceVpc", List.of("vpc-1")),
                                none))
                .isTrue();
        assertThat(
                        PolicyEvaluator.holds(
                                new Policy.Condition("Null", "aws:SourceVpc", List.of("true")),
                                none))
                .isTrue();
    }

    @Test
    void ipAndWildcardOperators() {
        Map<String, Optional<String>> keys =
                Map.of(
                        "aws:SourceIp",
                        Optional.of("203.0.113.20"),
                        "aws:SourceVpce",
                        Optional.of("vpce-1a2b"));
        assertThat(
                        PolicyEvaluator.holds(
                                new Policy.Condition(
                                        "IpAddress", "aws:SourceIp", List.of("203.0.113.0/24")),
                                keys))
                .isTrue();
        assertThat(
                        PolicyEvaluator.holds(
                                new Policy.Condition(
                                        "NotIpAddress", "aws:SourceIp", List.of("203.0.113.0/24")),
                                keys))
                .isFalse();
        assertThat(
                        PolicyEvaluator.holds(
                                new Policy.Condition(
                                        "StringLike", "aws:sourcevpce", List.of("vpce-1*")),
                                keys))
                .isTrue();
        assertThat(PolicyEvaluator.wildcard("s3:Get*", "s3:getobject", true)).isTrue();
        assertThat(
                        PolicyEvaluator.wildcard(
                                "arn:aws:s3:::my-bucket/*", "arn:aws:s3:::my-bucket2/x", false))
                .isFalse();
    }
}
