package dev.vpclab.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.check.Problem;
import dev.vpclab.format.LabReader;
import dev.vpclab.format.LabWriter;
import dev.vpclab.format.LoadResult;
import dev.vpclab.i18n.Message;
import dev.vpclab.model.GatewayEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Subnet;
import dev.vpclab.model.VpcPeering;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The inspector refuses at the field every value the lab file reader would refuse on open, with the
 * reader's own words: choices, references, addresses.
 */
class InspectorValidationTest {
    private static Lab lab(String name) {
        return LabReader.read(Path.of("assets/labs/" + name)).lab().orElseThrow();
    }

    // The reader's own message for a value that is not one of the choices.
    private static String choice(String field, String allowed, String got) {
        return Message.of("format.invalidChoice", field, allowed, got).english();
    }

    private static String refusal(Lab lab, String id, String field, String text) {
        return ComponentFields.set(lab, id, field, text)
                .refusal()
                .map(Message::english)
                .orElseThrow(() -> new AssertionError(field + "=" + text + " was accepted"));
    }

    private static Lab accept(Lab lab, String id, String field, String text) {
        return ComponentFields.set(lab, id, field, text)
                .allowedEdit()
                .orElseThrow(() -> new AssertionError(field + "=" + text + " was refused"))
                .apply(lab);
    }

    @Test
    void aChoiceTheReaderRefusesIsRefusedAtTheFieldInTheReadersWords() {
        Lab lab = lab("nat-vs-gateway-endpoint.yaml");
        assertThat(refusal(lab, "vpce-s3-gw", "ipAddressType", "fast"))
                .isEqualTo(choice("ipAddressType", "ipv4, ipv6, dualstack", "fast"));
        assertThat(
                        ComponentFields.set(lab, "vpce-s3-gw", "ipAddressType", "fast")
                                .refusal()
                                .orElseThrow()
                                .render(Locale.KOREAN))
                .contains("ipAddressType", "fast")
                .isNotEqualTo(choice("ipAddressType", "ipv4, ipv6, dualstack", "fast"));
        // The inspector offers exactly the reader's choices, and spells them as the file does.
        assertThat(ComponentFields.fields(lab.component("vpce-s3-gw").orElseThrow()))
                .filteredOn(f -> f.name().equals("ipAddressType"))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.type()).isEqualTo(ComponentFields.FieldType.CHOICE);
                            assertThat(f.choices()).containsExactly("ipv4", "ipv6", "dualstack");
                        });
        Lab dual = accept(lab, "vpce-s3-gw", "ipAddressType", " DualStack ");
        assertThat(dual.component("vpce-s3-gw", GatewayEndpoint.class).orElseThrow())
                .extracting(GatewayEndpoint::ipAddressType)
                .isEqualTo("dualstack");
        assertThat(reopenErrors(dual)).isEmpty();
    }

    @Test
    void theReaderRefusesWhatTheInspectorRefuses() {
        // The value written straight into the model (no inspector) is refused on open: the same
        // list decides both.
        Lab lab = lab("nat-vs-gateway-endpoint.yaml");
        GatewayEndpoint e = lab.component("vpce-s3-gw", GatewayEndpoint.class).orElseThrow();
        GatewayEndpoint fast =
                new GatewayEndpoint(
                        e.id(),
                        e.vpc(),
                        e.service(),
                        e.region(),
                        e.serviceName(),
                        e.routeTables(),
                        e.prefixList(),
                        e.policy(),
                        "fast",
                        e.dnsRecordIpType());
        assertThat(reopenErrors(ComponentFields.replace(lab, fast)))
                .extracting(p -> p.message().english())
                .contains(choice("ipAddressType", "ipv4, ipv6, dualstack", "fast"));
    }

    @Test
    void enumFieldsShowAndTakeTheFilesWords() {
        Lab lab = lab("nat-vs-gateway-endpoint.yaml");
        assertThat(ComponentFields.fields(lab.component("pl-s3-use1").orElseThrow()))
                .filteredOn(f -> f.name().equals("addressFamily"))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.text()).isEqualTo("IPv4");
                            assertThat(f.choices()).containsExactly("IPv4", "IPv6");
                        });
        // The model's name for the family is not a word of the file.
        assertThat(refusal(lab, "pl-s3-use1", "addressFamily", "V4"))
                .isEqualTo(choice("addressFamily", "IPv4, IPv6", "V4"));
        Lab same = accept(lab, "pl-s3-use1", "addressFamily", "ipv4");
        assertThat(same).isEqualTo(lab);
        assertThat(ComponentFields.fields(lab.component("nat-a").orElseThrow()))
                .filteredOn(f -> f.name().equals("connectivity"))
                .singleElement()
                .satisfies(f -> assertThat(f.choices()).containsExactly("public", "private"));
    }

    @Test
    void anEmptyPeeringStatusIsRefused() {
        Lab lab = lab("peered-vpcs.yaml");
        assertThat(refusal(lab, "pcx-a-b", "status", "")).contains("'status'", "active");
        assertThat(refusal(lab, "pcx-a-b", "status", "up")).contains("active", "'up'");
        Lab failed = accept(lab, "pcx-a-b", "status", "failed");
        assertThat(failed.component("pcx-a-b", VpcPeering.class).orElseThrow().status())
                .isEqualTo("failed");
    }

    @Test
    void aReferenceMustNameAComponentOfAKindTheFieldMayPointTo() {
        Lab lab = lab("peered-vpcs.yaml");
        assertThat(refusal(lab, "subnet-a", "routeTable", "rt-nowhere"))
                .contains("rt-nowhere", "no component with that id");
        assertThat(refusal(lab, "subnet-a", "routeTable", "vpc-a"))
                .contains("vpc-a", "which is a vpc", "routeTable");
        // A table of the other VPC exists and is a route table, but AWS associates a subnet only
        // with a table of its own VPC.
        assertThat(refusal(lab, "subnet-a", "routeTable", "rt-b")).contains("rt-b", "vpc-b");
        assertThat(refusal(lab, "i-a", "securityGroups", "sg-a, sg-nothing"))
                .contains("sg-nothing");
        assertThat(refusal(lab, "i-a", "subnet", "")).contains("subnet");
        // Any required text: the reader refuses it empty.
        assertThat(refusal(lab, "subnet-a", "azId", " ")).contains("azId", "empty");
        assertThat(lab.component("subnet-a", Subnet.class).orElseThrow().routeTable())
                .isEqualTo("rt-a");
    }

    @Test
    void aSecurityGroupAndAPrefixListKeepTheirPrefixAsTheFileTellsThemFromBlocksByIt()
            throws java.io.IOException {
        Lab lab = lab("default.yaml");
        assertThat(refusal(lab, "sg-app", "id", "web")).contains("securityGroup", "sg-");
        assertThat(refusal(lab, "pl-s3-use1", "id", "s3-list")).contains("pl-");
        // An id the file would read back as null or a yes/no loses every reference to it.
        assertThat(refusal(lab, "us-east-1", "id", "null")).contains("null");
        assertThat(refusal(lab, "vpc-consumer", "id", "Yes")).contains("Yes");
        Lab renamed = accept(lab, "sg-app", "id", "sg-web");
        renamed = accept(renamed, "pl-s3-use1", "id", "pl-s3");
        assertThat(reopenErrors(renamed)).isEmpty();
        // Why: the rule "source: sg-app" with the group called "web" reads back as a bad CIDR.
        String web =
                java.nio.file.Files.readString(Path.of("assets/labs/default.yaml"))
                        .replace("sg-app", "web");
        assertThat(LabReader.read(web, "web.yaml").errors())
                .extracting(Problem::code)
                .contains("INVALID_CIDR");
    }

    @Test
    void addressesAndBlocksParseAsTheReaderParsesThem() {
        Lab lab = lab("peered-vpcs.yaml");
        assertThat(refusal(lab, "i-a", "privateIp", "10.0.0.300")).contains("privateIp");
        assertThat(refusal(lab, "subnet-a", "cidr", "10.0.1.0/33")).contains("cidr");
        // An address outside its subnet reads, but the checker the reader runs refuses it.
        assertThat(refusal(lab, "i-a", "privateIp", "192.168.9.9")).contains("192.168.9.9");
    }

    private static java.util.List<Problem> reopenErrors(Lab lab) {
        LoadResult r = LabReader.read(LabWriter.toYaml(lab), "reopened.yaml");
        return r.errors();
    }

    /** An endpoint service's allowed principal must be an ARN or *: refused at the field. */
    @Test
    void anAllowedPrincipalThatIsNoArnIsRefusedAtTheField() {
        Lab lab = LabReader.read(Path.of("assets/labs/default.yaml")).lab().orElseThrow();
        assertThat(refusal(lab, "vpce-svc-app", "allowedPrincipals", "partner account"))
                .contains("'partner' is not a principal AWS accepts")
                .contains("arn:aws:iam::123456789012:root");
        Lab changed =
                accept(
                        lab,
                        "vpce-svc-app",
                        "allowedPrincipals",
                        "arn:aws:iam::111122223333:root, arn:aws:iam::444455556666:role/app");
        assertThat(
                        ((dev.vpclab.model.EndpointService)
                                        changed.component("vpce-svc-app").orElseThrow())
                                .allowedPrincipals())
                .containsExactly(
                        "arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/app");
        accept(lab, "vpce-svc-app", "allowedPrincipals", "*");
    }
}
