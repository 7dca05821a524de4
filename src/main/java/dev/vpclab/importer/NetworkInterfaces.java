package dev.vpclab.importer;

import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network interfaces of {@code describe-network-interfaces}, each matched to the resource that
 * owns it: an instance (its attachment), an interface endpoint, a NAT gateway, a load balancer node
 * or a transit gateway attachment (the requester-managed interfaces AWS names in their description
 * and interface type). The lab has no interface component: an interface gives its owner the address
 * and subnet it has, and the report says for each whose it is.
 */
final class NetworkInterfaces {
    /** One interface: where it is, its primary private address and its owner. */
    record Eni(
            String id,
            String subnet,
            Optional<String> az,
            Optional<IpAddress> ip,
            String type,
            Optional<String> owner,
            Item item) {}

    private static final Pattern ENDPOINT = Pattern.compile("(vpce-[0-9a-zA-Z]+)");
    private static final Pattern NAT = Pattern.compile("(nat-[0-9a-zA-Z]+)");
    private static final Pattern ATTACHMENT = Pattern.compile("(tgw-attach-[0-9a-zA-Z]+)");
    private static final Pattern ELB = Pattern.compile("^ELB ((net|app|gwy)/[^/\\s]+/[0-9a-f]+)");

    private final Map<String, Eni> byId = new LinkedHashMap<>();
    private final Map<String, List<Eni>> byOwner = new HashMap<>();

    /** Indexes the interfaces; a malformed one fails with its file, line and JSON path. */
    NetworkInterfaces(AwsInventory inv) throws ImportFailure {
        for (Item n : inv.all("NetworkInterfaces")) {
            String id = n.text("NetworkInterfaceId");
            String type = n.optText("InterfaceType").orElse("interface");
            Optional<String> owner = ownerOf(n, type);
            Eni eni =
                    new Eni(
                            id,
                            n.optText("SubnetId").orElse(""),
                            n.optText("AvailabilityZone"),
                            Ec2Network.optIp(n, "PrivateIpAddress"),
                            type,
                            owner,
                            n);
            byId.put(id, eni);
            owner.ifPresent(o -> byOwner.computeIfAbsent(o, k -> new ArrayList<>()).add(eni));
        }
    }

    /**
     * Who owns an interface: the attached instance, else the resource its requester-managed
     * description names ({@code VPC Endpoint Interface vpce-...}, {@code Interface for NAT Gateway
     * nat-...}, {@code ELB net/name/id}, {@code Network Interface for Transit Gateway Attachment
     * tgw-attach-...}).
     */
    private static Optional<String> ownerOf(Item n, String type) throws ImportFailure {
        Optional<Item> attachment = n.object("Attachment");
        if (attachment.isPresent()) {
            Optional<String> instance = attachment.get().optText("InstanceId");
            if (instance.isPresent()) {
                return instance;
            }
        }
        String description = n.optText("Description").orElse("");
        Matcher elb = ELB.matcher(description);
        if (elb.find()) {
            return Optional.of(elb.group(1));
        }
        Pattern p =
                switch (type) {
                    case "vpc_endpoint", "gateway_load_balancer_endpoint" -> ENDPOINT;
                    case "nat_gateway", "natGateway" -> NAT;
                    case "transit_gateway" -> ATTACHMENT;
                    default -> null;
                };
        if (p == null) {
            for (Pattern any : List.of(ENDPOINT, NAT, ATTACHMENT)) {
                Matcher m = any.matcher(description);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
            return Optional.empty();
        }
        Matcher m = p.matcher(description);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    Optional<Eni> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The interfaces a resource owns ({@code i-...}, {@code vpce-...}, {@code net/name/id}). */
    List<Eni> ownedBy(String owner) {
        return byOwner.getOrDefault(owner, List.of());
    }

    /**
     * Reports every interface: read, with its owner, when the owner is in the lab; ignored, with
     * why, when the owner is a kind the lab does not model or the export does not hold it.
     */
    void report(ImportReport.Builder report, Set<String> imported) {
        for (Eni e : byId.values()) {
            String file = e.item().file().name();
            String path = e.item().path();
            if (e.owner().isPresent() && imported.contains(e.owner().get())) {
                report.add(
                        Outcome.READ, file, path, Message.of("import.read.eni", e.id(), owner(e)));
            } else if (e.owner().isPresent()) {
                report.add(
                        Outcome.IGNORED,
                        file,
                        path,
                        Message.of("import.ignored.eniOwner", e.id(), owner(e)));
            } else {
                report.add(
                        Outcome.IGNORED,
                        file,
                        path,
                        Message.of("import.ignored.eniType", e.id(), e.type()));
            }
        }
    }

    private static String owner(Eni e) {
        return e.owner().orElse("");
    }
}
