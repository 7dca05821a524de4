package dev.vpclab.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.routing.SampleTraces;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void reachableS3RequestHasVerdictDnsPathAndSourceIp() throws Exception {
        JsonNode json =
                mapper.readTree(TraceJson.toPrettyString(SampleTraces.s3ViaGatewayEndpoint()));

        assertThat(json.get("reachable").asBoolean()).isTrue();
        assertThat(json.get("networkReachable").asBoolean()).isTrue();
        assertThat(json.get("authorization").asText()).isEqualTo("allowed");
        assertThat(json.has("blockedAt")).isFalse();
        assertThat(json.get("sourceIpSeen").asText()).isEqualTo("10.0.1.10");

        JsonNode dns = json.get("dns");
        assertThat(dns.get("name").asText()).isEqualTo("my-bucket.s3.us-east-1.amazonaws.com");
        assertThat(dns.get("resolver").asText()).isEqualTo("route53-resolver (vpc-main)");
        assertThat(dns.get("status").asText()).isEqualTo("ok");
        assertThat(dns.get("answer").get(0).asText()).isEqualTo("54.123.170.20");
        assertThat(dns.get("answerKind").asText()).isEqualTo("publicServiceIp");
        assertThat(dns.get("via").asText())
                .isEqualTo(
                        "public DNS answer: no private hosted zone overrides this name in vpc-main");
    }

    @Test
    void pathListsIdAndCheckInOrderLikeAGoldenScenario() throws Exception {
        JsonNode path =
                mapper.readTree(TraceJson.toLine(SampleTraces.s3ViaGatewayEndpoint())).get("path");
        List<String> pairs = new ArrayList<>();
        path.forEach(h -> pairs.add(h.get("id").asText() + "/" + h.path("check").asText("-")));
        assertThat(pairs)
                .containsExactly(
                        "i-app/-",
                        "sg-app/egress",
                        "acl-main/outbound",
                        "rt-private/route",
                        "vpce-s3-gw/endpointPolicy",
                        "s3-use1/resourcePolicy");
    }

    @Test
    void hopsCarryOnlyTheFieldsThatArePresent() throws Exception {
        JsonNode path =
                mapper.readTree(TraceJson.toLine(SampleTraces.s3ViaGatewayEndpoint())).get("path");
        List<String> firstHopFields = new ArrayList<>();
        path.get(0).fieldNames().forEachRemaining(firstHopFields::add);
        assertThat(firstHopFields).containsExactly("id");

        JsonNode nacl = path.get(2);
        assertThat(nacl.get("matched").asText()).isEqualTo("rule 100: allow all 0.0.0.0/0");
        assertThat(nacl.get("subnet").asText()).isEqualTo("subnet-private-a");
        assertThat(nacl.has("notChosen")).isFalse();
        assertThat(nacl.has("requestContext")).isFalse();
    }

    @Test
    void routeHopListsTheLosingRoutesAsText() throws Exception {
        JsonNode route =
                mapper.readTree(TraceJson.toLine(SampleTraces.s3ViaGatewayEndpoint()))
                        .get("path")
                        .get(3);
        assertThat(route.get("matched").asText()).isEqualTo("pl-s3-use1 -> vpce-s3-gw");
        assertThat(route.get("via").asText()).isEqualTo("54.123.160.0/19");
        assertThat(route.get("notChosen")).hasSize(1);
        assertThat(route.get("notChosen").get(0).asText())
                .isEqualTo("0.0.0.0/0 -> nat-a (test.shorter [/0, /19])");
    }

    @Test
    void requestContextWritesAbsentKeysAsNull() throws Exception {
        JsonNode context =
                mapper.readTree(TraceJson.toLine(SampleTraces.s3ViaGatewayEndpoint()))
                        .get("path")
                        .get(4)
                        .get("requestContext");
        assertThat(context.get("aws:SourceVpce").asText()).isEqualTo("vpce-s3-gw");
        assertThat(context.has("aws:SourceIp")).isTrue();
        assertThat(context.get("aws:SourceIp").isNull()).isTrue();
    }

    @Test
    void blockedTraceSaysWhereWhyAndHowToFix() throws Exception {
        JsonNode json = mapper.readTree(TraceJson.toLine(SampleTraces.blockedBySecurityGroup()));
        assertThat(json.get("reachable").asBoolean()).isFalse();
        assertThat(json.has("authorization")).isFalse();
        assertThat(json.has("dns")).isFalse();
        assertThat(json.has("sourceIpSeen")).isFalse();
        assertThat(json.get("returnPath").isArray()).isTrue();

        JsonNode blocked = json.get("blockedAt");
        assertThat(blocked.get("component").asText()).isEqualTo("sg-app");
        assertThat(blocked.get("reason").asText()).isEqualTo("SECURITY_GROUP_NO_EGRESS_RULE");
        assertThat(blocked.get("leg").asText()).isEqualTo("forward");
        assertThat(blocked.get("layer").asText()).isEqualTo("network");
        assertThat(blocked.get("matched").asText()).isEqualTo("none");
        assertThat(blocked.get("related").get(0).asText()).isEqualTo("i-app");
        assertThat(blocked.get("detail").asText()).isEqualTo("test.noEgress [sg-app, tcp, 443]");
        assertThat(blocked.get("fix").asText()).isEqualTo("test.addEgress [sg-app, 443]");
        assertThat(blocked.get("reachabilityAnalyzerCode").asText())
                .isEqualTo("ENI_SG_RULES_MISMATCH");
    }

    @Test
    void flowIsWrittenFirstSoLinesCanBeToldApart() throws Exception {
        String line = TraceJson.toLine(SampleTraces.s3ViaGatewayEndpoint());
        assertThat(line).doesNotContain("\n").startsWith("{\"flow\":");
        JsonNode flow = mapper.readTree(line).get("flow");
        assertThat(flow.get("from").asText()).isEqualTo("i-app");
        assertThat(flow.get("protocol").asText()).isEqualTo("tcp");
        assertThat(flow.get("port").asInt()).isEqualTo(443);
        assertThat(flow.get("ipVersion").asInt()).isEqualTo(4);
        assertThat(flow.get("request").get("action").asText()).isEqualTo("s3:GetObject");
    }
}
