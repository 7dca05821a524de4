package dev.vpclab.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** IAM globs (Principal, Action, NotAction, Resource, NotResource, StringLike) in linear time. */
class PolicyWildcardTest {

    @Test
    void starAndQuestionMarkMatchAsIamDoes() {
        assertThat(PolicyEvaluator.wildcard("s3:Get*", "s3:GetObject", true)).isTrue();
        assertThat(PolicyEvaluator.wildcard("S3:get*", "s3:GetObject", true)).isTrue();
        assertThat(PolicyEvaluator.wildcard("S3:get*", "s3:GetObject", false)).isFalse();
        assertThat(PolicyEvaluator.wildcard("arn:aws:s3:::b/*", "arn:aws:s3:::b/k/x", false))
                .isTrue();
        assertThat(PolicyEvaluator.wildcard("arn:aws:s3:::b/*", "arn:aws:s3:::c/k", false))
                .isFalse();
        assertThat(PolicyEvaluator.wildcard("vpce-1?3", "vpce-123", false)).isTrue();
        assertThat(PolicyEvaluator.wildcard("vpce-1?3", "vpce-13", false)).isFalse();
        assertThat(PolicyEvaluator.wildcard("a*b*c", "abxxbxc", false)).isTrue();
        assertThat(PolicyEvaluator.wildcard("a*b*c", "abxxbx", false)).isFalse();
        assertThat(PolicyEvaluator.wildcard("*", "", false)).isTrue();
        assertThat(PolicyEvaluator.wildcard("", "", false)).isTrue();
        assertThat(PolicyEvaluator.wildcard("", "x", false)).isFalse();
        // regular-expression characters are plain text in IAM
        assertThat(PolicyEvaluator.wildcard("s3:.*", "s3:GetObject", true)).isFalse();
        assertThat(PolicyEvaluator.wildcard("s3:(a)", "s3:(a)", true)).isTrue();
    }

    @Test
    void aGlobBuiltToMakeRegularExpressionsBacktrackIsInstant() {
        String pattern = "*a".repeat(30) + "*b";
        String value = "a".repeat(50_000);

        boolean matched =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(5),
                        () -> PolicyEvaluator.wildcard(pattern, value, true));

        assertThat(matched).isFalse();
    }
}
