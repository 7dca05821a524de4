package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Flow;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Policy;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.Vpc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authorization layer of a request to an AWS service: the endpoint policy, then the bucket or
 * table policy, with the condition keys that the path puts in the request context ({@code
 * aws:SourceVpce} and {@code aws:SourceVpc} only through an endpoint, R-POL-4). The identity policy
 * of the instance role is taken to allow the action (lab conventions).
 */
final class Authorizer {
    private final Walk walk;

    Authorizer(Walk walk) {
        this.walk = walk;
    }

    /**
     * Evaluates an endpoint policy into {@code hop}; when it denies, records the hop and the denial
     * and returns false. Without a request there is nothing to authorize.
     */
    boolean endpointPolicyAllows(
            String endpointId, Policy policy, Hop.Builder hop, Delivery arrived) {
        Optional<Flow.Request> request = walk.flow.request();
        if (request.isEmpty()) {
            return true;
        }
        walk.policyEvaluated();
        String vpc = endpointVpc(endpointId);
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        keys.put("aws:SourceVpce", Optional.of(endpointId));
        keys.put("aws:SourceVpc", Optional.of(vpc));
        keys.put("aws:VpcSourceIp", Optional.of(arrived.packet().src().toString()));
        Decision.PolicyMatch outcome =
                PolicyEvaluator.evaluate(policy, context(request.get(), keys));
        hop.check(Check.ENDPOINT_POLICY).decided(outcome);
        if (outcome.allows()) {
            return true;
        }
        boolean explicit = outcome.outcome() == Decision.PolicyOutcome.EXPLICIT_DENY;
        hop.note(
                explicit
                        ? Message.of("policy.explicitDeny", outcome.text())
                        : Message.of(
                                "policy.implicitDeny",
                                request.get().action(),
                                request.get().resource()));
        walk.hop(hop.build());
        walk.deny(
                arrived,
                new Stop(
                        endpointId,
                        ReasonCode.ENDPOINT_POLICY_DENY,
                        Layer.AUTHORIZATION,
                        explicit ? Optional.of(outcome.text()) : Optional.empty(),
                        List.of(),
                        Message.of("reason.ENDPOINT_POLICY_DENY.detail"),
                        Message.of(
                                "reason.ENDPOINT_POLICY_DENY.fix",
                                endpointId,
                                request.get().action(),
                                request.get().resource()),
                        Optional.of(header(arrived.packet()))));
        return false;
    }

    /**
     * Records the service hop with its resource policy; when the policy denies, records the denial
     * and returns false.
     */
    boolean resourcePolicyAllows(
            AwsService service, Packet packet, Optional<Object> endpoint, Delivery arrived) {
        Optional<Flow.Request> request = walk.flow.request();
        if (request.isEmpty()) {
            walk.hop(service.id());
            return true;
        }
        walk.policyEvaluated();
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        if (endpoint.isPresent()) {
            String id =
                    endpoint.get() instanceof GatewayEndpoint g
                            ? g.id()
                            : ((InterfaceEndpoint) endpoint.get()).id();
            keys.put("aws:SourceVpce", Optional.of(id));
            keys.put("aws:SourceVpc", Optional.of(endpointVpc(id)));
            keys.put("aws:VpcSourceIp", Optional.of(packet.src().toString()));
        } else {
            keys.put("aws:SourceVpce", Optional.empty());
            keys.put("aws:SourceVpc", Optional.empty());
            keys.put("aws:SourceIp", Optional.of(packet.src().toString()));
        }
        Hop.Builder hop =
                Hop.builder(service.id()).check(Check.RESOURCE_POLICY).requestContext(keys);
        Optional<Policy> policy =
                resourceName(request.get().resource())
                        .flatMap(
                                name ->
                                        service.resources().stream()
                                                .filter(r -> r.name().equals(name))
                                                .findFirst())
                        .flatMap(AwsService.Resource::policy);
        if (policy.isEmpty()) {
            Decision.PolicyMatch none = Decision.PolicyMatch.of(Decision.PolicyOutcome.NO_POLICY);
            walk.hop(hop.decided(none).build());
            return true;
        }
        Decision.PolicyMatch outcome =
                PolicyEvaluator.evaluate(policy.get(), context(request.get(), keys));
        hop.decided(outcome);
        if (outcome.outcome() != Decision.PolicyOutcome.EXPLICIT_DENY) {
            walk.hop(hop.build());
            return true;
        }
        hop.note(Message.of("policy.explicitDeny", outcome.text()));
        walk.hop(hop.build());
        boolean s3 = service.service().equalsIgnoreCase("s3");
        ReasonCode reason = s3 ? ReasonCode.BUCKET_POLICY_DENY : ReasonCode.RESOURCE_POLICY_DENY;
        walk.deny(
                arrived,
                new Stop(
                        service.id(),
                        reason,
                        Layer.AUTHORIZATION,
                        Optional.of(outcome.text()),
                        List.of(),
                        Message.of("reason.BUCKET_POLICY_DENY.detail", outcome.text()),
                        Message.of("reason.BUCKET_POLICY_DENY.fix", outcome.text()),
                        Optional.of(header(packet))));
        return false;
    }

    private PolicyEvaluator.RequestContext context(
            Flow.Request request, Map<String, Optional<String>> keys) {
        String principal = principal();
        Map<String, Optional<String>> all = new LinkedHashMap<>(keys);
        all.put("aws:PrincipalArn", Optional.of(principal));
        return new PolicyEvaluator.RequestContext(
                request.action(), request.resource(), principal, all);
    }

    /** The role ARN of the calling instance, or an anonymous caller. */
    private String principal() {
        Optional<Instance> instance = walk.index.lab.component(walk.flow.from(), Instance.class);
        Optional<String> account =
                instance.flatMap(i -> walk.index.lab.component(i.subnet(), Subnet.class))
                        .flatMap(s -> walk.index.vpc(s.vpc()))
                        .flatMap(Vpc::account);
        return instance.flatMap(Instance::iamRole)
                .map(role -> PolicyEvaluator.roleArn(account.orElse("123456789012"), role))
                .orElse("anonymous");
    }

    private String endpointVpc(String endpointId) {
        return walk.index
                .lab
                .component(endpointId)
                .map(
                        c ->
                                c instanceof GatewayEndpoint g
                                        ? g.vpc()
                                        : c instanceof InterfaceEndpoint e ? e.vpc() : "")
                .orElse("");
    }

    /**
     * The bucket or table named by an ARN: {@code arn:aws:s3:::bucket/key}, {@code ...:table/t}.
     */
    static Optional<String> resourceName(String arn) {
        if (arn.startsWith("arn:aws:s3:::")) {
            String rest = arn.substring("arn:aws:s3:::".length());
            int slash = rest.indexOf('/');
            return Optional.of(slash < 0 ? rest : rest.substring(0, slash));
        }
        int table = arn.indexOf(":table/");
        if (table >= 0) {
            String rest = arn.substring(table + ":table/".length());
            int slash = rest.indexOf('/');
            return Optional.of(slash < 0 ? rest : rest.substring(0, slash));
        }
        return Optional.empty();
    }

    private static PacketHeader header(Packet p) {
        return new PacketHeader(p.protocol(), p.src(), p.dst(), p.srcPort(), p.dstPort());
    }
}
