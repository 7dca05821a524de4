package dev.vpclab.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwsCatalogTest {
    private final AwsCatalog catalog = AwsCatalog.standard();

    @Test
    void knowsAtLeastTenRegionsWithZoneIds() {
        assertThat(catalog.regions()).hasSizeGreaterThanOrEqualTo(10);
        RegionEntry use1 = catalog.region("us-east-1").orElseThrow();
        assertThat(use1.azIds())
                .containsExactly(
                        "use1-az1", "use1-az2", "use1-az3", "use1-az4", "use1-az5", "use1-az6");
        assertThat(use1.azId("us-east-1a")).contains("use1-az1");
        assertThat(catalog.region("ap-northeast-2").orElseThrow().azNames())
                .contains("ap-northeast-2a", "ap-northeast-2c");
        for (RegionEntry r : catalog.regions()) {
            assertThat(r.azIds()).as(r.name()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(r.azIds()).as(r.name()).allMatch(id -> id.startsWith(r.code() + "-az"));
        }
    }

    @Test
    void everyRegionOffersTheCommonEndpointServices() {
        for (RegionEntry r : catalog.regions()) {
            assertThat(catalog.services(r.name()).stream().map(ServiceEntry::service))
                    .as(r.name())
                    .contains(
                            "s3",
                            "dynamodb",
                            "s3express",
                            "ec2",
                            "ssm",
                            "ssmmessages",
                            "ec2messages",
                            "sts",
                            "kms",
                            "logs",
                            "monitoring",
                            "ecr.api",
                            "ecr.dkr",
                            "secretsmanager",
                            "sqs",
                            "sns",
                            "lambda");
        }
        assertThat(catalog.service("eu-west-1", "sqs").orElseThrow().serviceName())
                .isEqualTo("com.amazonaws.eu-west-1.sqs");
        assertThat(catalog.serviceByName("com.amazonaws.us-west-2.kms"))
                .hasValueSatisfying(s -> assertThat(s.region()).isEqualTo("us-west-2"));
    }

    @Test
    void onlyS3AndDynamoDbHaveGatewayEndpoints() {
        List<String> gateway = new ArrayList<>();
        catalog.services("us-east-1").stream()
                .filter(ServiceEntry::gatewayEndpoint)
                .forEach(s -> gateway.add(s.service()));
        assertThat(gateway).containsExactlyInAnyOrder("s3", "s3express", "dynamodb");
        assertThat(catalog.service("us-east-1", "sts").orElseThrow().interfaceEndpoint()).isTrue();
    }

    @Test
    void s3PublicNamesIncludeVirtualHostedAndDualstack() {
        ServiceEntry s3 = catalog.service("us-east-1", "s3").orElseThrow();
        assertThat(s3.publicDnsNames())
                .contains(
                        "s3.us-east-1.amazonaws.com",
                        "*.s3.us-east-1.amazonaws.com",
                        "s3.dualstack.us-east-1.amazonaws.com");
        assertThat(s3.isPublicName("my-bucket.s3.us-east-1.amazonaws.com")).isTrue();
        assertThat(s3.isPublicName("MY-BUCKET.S3.us-east-1.amazonaws.com.")).isTrue();
        assertThat(s3.isPublicName("s3.eu-west-1.amazonaws.com")).isFalse();
        assertThat(catalog.service("us-east-1", "dynamodb").orElseThrow().publicDnsNames())
                .containsExactly("dynamodb.us-east-1.amazonaws.com");
    }

    @Test
    void privateDnsOfAnS3InterfaceEndpointDoesNotAnswerTheDualstackName() {
        ServiceEntry s3 = catalog.service("us-east-1", "s3").orElseThrow();
        assertThat(s3.privateDnsAnswers("my-bucket.s3.us-east-1.amazonaws.com")).isTrue();
        assertThat(s3.privateDnsAnswers("s3.us-east-1.amazonaws.com")).isTrue();
        assertThat(s3.privateDnsAnswers("s3.dualstack.us-east-1.amazonaws.com")).isFalse();
        // a wildcard needs at least one label in front of it
        assertThat(s3.privateDnsAnswers(".s3.us-east-1.amazonaws.com")).isFalse();
        assertThat(
                        catalog.service("us-east-1", "ecr.dkr")
                                .orElseThrow()
                                .privateDnsAnswers("111122223333.dkr.ecr.us-east-1.amazonaws.com"))
                .isTrue();
    }

    @Test
    void s3ExpressNamesAreExpandedPerZone() {
        ServiceEntry express = catalog.service("us-west-2", "s3express").orElseThrow();
        assertThat(express.publicDnsNames())
                .contains(
                        "s3express-control.us-west-2.amazonaws.com",
                        "*.s3express-usw2-az1.us-west-2.amazonaws.com",
                        "*.s3express-usw2-az4.us-west-2.amazonaws.com");
        assertThat(express.publicDnsNames()).noneMatch(n -> n.contains("<"));
    }

    @Test
    void prefixListsMatchTheScenarioFixtures() {
        PrefixListEntry s3 = catalog.prefixList("us-east-1", "s3").orElseThrow();
        assertThat(s3.id()).isEqualTo("pl-s3-use1");
        assertThat(s3.name()).isEqualTo("com.amazonaws.us-east-1.s3");
        assertThat(s3.cidrs())
                .containsExactly(Cidr.parse("54.123.160.0/19"), Cidr.parse("52.216.0.0/15"));
        assertThat(s3.contains(IpAddress.parse("54.123.170.20"))).isTrue();
        assertThat(catalog.prefixList("us-east-1", "dynamodb").orElseThrow().id())
                .isEqualTo("pl-ddb-use1");
        assertThat(catalog.prefixListById("pl-s3-euw1").orElseThrow().cidrs())
                .containsExactly(Cidr.parse("52.218.0.0/17"));
    }

    @Test
    void prefixListsOfDifferentRegionsAndServicesNeverOverlap() {
        List<PrefixListEntry> all = new ArrayList<>();
        for (RegionEntry r : catalog.regions()) {
            catalog.prefixList(r.name(), "s3").ifPresent(all::add);
            catalog.prefixList(r.name(), "dynamodb").ifPresent(all::add);
        }
        assertThat(all).hasSize(2 * catalog.regions().size());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                for (Cidr a : all.get(i).cidrs()) {
                    for (Cidr b : all.get(j).cidrs()) {
                        assertThat(a.overlaps(b))
                                .as(all.get(i).id() + " " + a + " vs " + all.get(j).id() + " " + b)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void pricesCarryTheirDateAndUncertainty() {
        PriceSheet prices = catalog.prices();
        assertThat(prices.region()).isEqualTo("us-east-1");
        assertThat(prices.asOf()).isNotBlank();
        Price nat = prices.price("natGatewayHour").orElseThrow();
        assertThat(nat.usd()).isEqualByComparingTo(new BigDecimal("0.045"));
        assertThat(nat.uncertain()).isTrue();
        Price gateway = prices.price("gatewayEndpoint").orElseThrow();
        assertThat(gateway.usd()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(gateway.uncertain()).isFalse();
        assertThat(prices.price("interfaceEndpointAzHour").orElseThrow().usd())
                .isEqualByComparingTo(new BigDecimal("0.01"));
    }

    @Test
    void unknownRegionHasNoServices() {
        assertThat(catalog.services("mars-north-1")).isEmpty();
        assertThat(catalog.prefixList("mars-north-1", "s3")).isEmpty();
        assertThat(catalog.region("mars-north-1")).isEmpty();
    }

    @Test
    void aCatalogueWithoutRegionsIsRefusedWithTheMissingField() {
        byte[] yaml = "services: []\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AwsCatalog.read(new ByteArrayInputStream(yaml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regions");
    }
}
