package dev.vpclab.walk;

import dev.vpclab.i18n.Message;
import dev.vpclab.model.Policy;
import dev.vpclab.net.PortRange;
import dev.vpclab.net.Protocol;
import dev.vpclab.routing.Check;
import dev.vpclab.routing.Decision;
import dev.vpclab.routing.Hop;
import java.util.Optional;

/**
 * What decided at a hop, said in words from its typed {@link Decision} ("Allowed by an outbound
 * rule of sg-app: all traffic to 0.0.0.0/0"), never from the hop's display text. Only a hop whose
 * check records no typed decision falls back to that text.
 */
public final class DecisionWords {
    private DecisionWords() {}

    /** The sentence that says why the hop let the packet on (or not), if anything decided. */
    public static Optional<Message> of(Hop hop) {
        Optional<Decision> decision = hop.decision();
        if (decision.isEmpty()) {
            return hop.matched().map(m -> Message.of("walk.card.matched", m));
        }
        Decision d = decision.get();
        if (d instanceof Decision.SecurityGroupMatch sg) {
            // Whole keys, so that the bundle test finds each one in the code.
            String allowed = sg.outbound() ? "walk.why.sgOut" : "walk.why.sgIn";
            String none = sg.outbound() ? "walk.why.sgOutNone" : "walk.why.sgInNone";
            return Optional.of(
                    sg.rule()
                            .map(
                                    r ->
                                            Message.of(
                                                    allowed,
                                                    sg.group(),
                                                    traffic(r.protocol(), r.ports()),
                                                    r.peer()))
                            .orElseGet(() -> Message.of(none, sg.group())));
        }
        if (d instanceof Decision.NaclRuleMatch n) {
            return Optional.of(
                    n.rule()
                            .map(
                                    r ->
                                            Message.of(
                                                    n.allowed()
                                                            ? "walk.why.naclAllow"
                                                            : "walk.why.naclDeny",
                                                    r.number(),
                                                    traffic(r.protocol(), r.ports()),
                                                    r.cidr()))
                            .orElseGet(() -> Message.of("walk.why.naclImplicit")));
        }
        if (d instanceof Decision.RouteChoice rc && rc.blackhole()) {
            return Optional.of(
                    Message.of("walk.why.blackhole", rc.winner().orElseThrow().destination()));
        }
        if (d instanceof Decision.RouteChoice rc) {
            return Optional.of(
                    rc.winner()
                            .map(r -> Message.of("walk.why.route", r.destination(), r.target()))
                            .orElseGet(() -> Message.of("walk.why.noRoute")));
        }
        if (d instanceof Decision.Translation t) {
            return Optional.of(translation(t));
        }
        if (d instanceof Decision.PolicyMatch p) {
            return Optional.of(policy(p));
        }
        if (d instanceof Decision.ConnectionState c) {
            return Optional.of(
                    Message.of(
                            c.carries() ? "walk.why.connection" : "walk.why.connectionNot",
                            c.state()));
        }
        if (d instanceof Decision.Permission p) {
            return Optional.of(
                    Message.of(
                            p.allowed() ? "walk.why.permitted" : "walk.why.permittedBefore",
                            p.principal()));
        }
        if (d instanceof Decision.DnsAnswer a) {
            return Optional.of(
                    Message.of(
                            a.failure() == Decision.DnsFailure.NO_RECORD
                                    ? "walk.why.dnsNoRecordBy"
                                    : "walk.why.dnsNoAnswerBy",
                            a.resolution().name(),
                            DnsWords.server(a.resolution().server()),
                            a.resolution().via()));
        }
        if (d instanceof Decision.VirtualInterfaceHop v) {
            return Optional.of(virtualInterface(v));
        }
        if (d instanceof Decision.DirectConnectGatewayRoute r) {
            return Optional.of(directConnectGateway(r));
        }
        if (d instanceof Decision.NoMatch && hop.check().orElse(null) == Check.LISTENER) {
            return Optional.of(Message.of("walk.why.noListener"));
        }
        return edgeAndService(d).or(() -> Optional.of(Message.of("walk.card.noRuleMatched")));
    }

    /** A Direct Connect virtual interface carried the packet (R-DX-1), by its type. */
    private static Message virtualInterface(Decision.VirtualInterfaceHop v) {
        return switch (v.type()) {
            case "public" -> Message.of("walk.why.vifPublic", v.virtualInterface());
            case "transit" ->
                    Message.of(
                            "walk.why.vifTransit", v.virtualInterface(), v.gateway().orElse("-"));
            default ->
                    Message.of(
                            "walk.why.vifPrivate", v.virtualInterface(), v.gateway().orElse("-"));
        };
    }

    /** Where a Direct Connect gateway sent the packet (R-DX-2), or that nothing holds it. */
    private static Message directConnectGateway(Decision.DirectConnectGatewayRoute r) {
        if (r.next().isEmpty()) {
            return Message.of("walk.why.dxgwNoRoute", r.gateway());
        }
        return r.holding()
                .map(c -> Message.of("walk.why.dxgwRoute", r.next().get(), c))
                .orElseGet(() -> Message.of("walk.why.dxgwAssociation", r.next().get()));
    }

    /**
     * The decisions of gateways, load balancers and endpoint services; empty for {@code NoMatch}.
     */
    private static Optional<Message> edgeAndService(Decision d) {
        if (d instanceof Decision.NoPublicAddress n) {
            return Optional.of(
                    n.privateNatGateway()
                            .map(nat -> Message.of("walk.why.privateNatNoPublicIp", nat))
                            .orElseGet(() -> Message.of("walk.why.noPublicIp", n.source())));
        }
        if (d instanceof Decision.EgressOnlyDirection e) {
            return Optional.of(
                    Message.of(
                            switch (e.direction()) {
                                case IPV4_NOT_CARRIED -> "walk.why.eigwIpv4";
                                case OUTBOUND -> "walk.why.eigwOutbound";
                                case REPLY -> "walk.why.eigwReply";
                                case INBOUND_ATTEMPT -> "walk.why.eigwInbound";
                            }));
        }
        if (d instanceof Decision.InstanceConnectPort p) {
            String what = p.protocol() + (p.protocol().hasPorts() ? " " + p.port() : "");
            return Optional.of(
                    Message.of(
                            !p.supported()
                                    ? "walk.why.instanceConnectPortRefused"
                                    : p.clientIpPreserved()
                                            ? "walk.why.instanceConnectPortPreserved"
                                            : "walk.why.instanceConnectPort",
                            what));
        }
        if (d instanceof Decision.ConnectionTracked c) {
            return Optional.of(
                    Message.of(
                            c.inbound() ? "walk.why.statefulIn" : "walk.why.statefulOut",
                            String.join(", ", c.groups())));
        }
        if (d instanceof Decision.OutsideVpc o) {
            return Optional.of(Message.of("walk.why.outsideVpc", o.destination(), o.vpc()));
        }
        if (d instanceof Decision.NotInPrefixList n) {
            return Optional.of(
                    Message.of(
                            "walk.why.notInPrefixList",
                            n.destination(),
                            n.prefixList(),
                            n.endpoint()));
        }
        if (d instanceof Decision.ArrivedFromOutside a) {
            return Optional.of(Message.of("walk.why.arrivedFromOutside", a.through(), a.vpc()));
        }
        if (d instanceof Decision.ListenerMatch l) {
            return Optional.of(listener(l));
        }
        if (d instanceof Decision.NoAttachmentInZone z) {
            return Optional.of(Message.of("walk.why.noAttachmentInZone", z.azId(), z.attachment()));
        }
        if (d instanceof Decision.ServiceNotInZone z) {
            return Optional.of(
                    Message.of(
                            "walk.why.serviceNotInZone",
                            z.eniZone(),
                            z.service(),
                            String.join(", ", z.zones())));
        }
        if (d instanceof Decision.RegionNotSupported r) {
            return Optional.of(
                    Message.of(
                            "walk.why.regionNotSupported",
                            r.endpointRegion(),
                            r.service(),
                            r.serviceRegion()));
        }
        if (d instanceof Decision.PingNotAnswered) {
            return Optional.of(Message.of("walk.why.pingNotAnswered"));
        }
        return inspection(d);
    }

    /** The decisions of Gateway Load Balancer endpoints, load balancers and appliances. */
    private static Optional<Message> inspection(Decision d) {
        if (d instanceof Decision.InspectionHandOff h) {
            return Optional.of(
                    h.returned()
                            ? Message.of("walk.why.inspectionBack", h.loadBalancer())
                            : Message.of("walk.why.inspectionTo", h.loadBalancer(), h.service()));
        }
        if (d instanceof Decision.ApplianceChoice a) {
            return Optional.of(
                    a.appliance()
                            .map(
                                    t ->
                                            Message.of(
                                                    a.sticky()
                                                            ? "walk.why.applianceSticky"
                                                            : "walk.why.applianceChosen",
                                                    t.target(),
                                                    String.valueOf(t.port())))
                            .orElseGet(
                                    () -> Message.of("walk.why.applianceNone", a.node().azId())));
        }
        if (d instanceof Decision.Inspected i) {
            return Optional.of(Message.of("walk.why.inspected", i.appliance(), i.node()));
        }
        if (d instanceof Decision.OneWayInspection o) {
            return Optional.of(
                    Message.of(
                            o.sawRequest()
                                    ? "walk.why.oneWayRequestOnly"
                                    : "walk.why.oneWayReplyOnly",
                            o.loadBalancer()));
        }
        return Optional.empty();
    }

    /** "Listener TCP port 443 forwards to target group tg-app; the node sends it to i-web ..." */
    private static Message listener(Decision.ListenerMatch l) {
        Message traffic =
                traffic(
                        l.listener().protocol(),
                        new PortRange(l.listener().port(), l.listener().port()));
        String group = l.listener().targetGroup();
        if (l.target().isEmpty()) {
            return Message.of("walk.why.listenerNoTarget", traffic, group, l.node().azId());
        }
        Decision.ChosenTarget t = l.target().get();
        return t.crossZone()
                ? Message.of(
                        "walk.why.listenerTargetCrossZone",
                        traffic,
                        group,
                        t.target(),
                        t.port(),
                        t.azId())
                : Message.of("walk.why.listenerTarget", traffic, group, t.target(), t.port());
    }

    /** "Changes the source address 10.0.1.10 to 10.0.0.5." */
    static Message translation(Decision.Translation t) {
        return Message.of(
                t.field() == Decision.AddressField.SRC ? "walk.why.natSrc" : "walk.why.natDst",
                t.from(),
                t.to());
    }

    private static Message policy(Decision.PolicyMatch p) {
        String label = p.statement().map(DecisionWords::statement).orElse("");
        return switch (p.outcome()) {
            case DEFAULT_FULL_ACCESS -> Message.of("walk.why.policyDefault");
            case NO_POLICY -> Message.of("walk.why.policyNone");
            case ALLOWED -> Message.of("walk.why.policyAllow", label);
            case EXPLICIT_DENY -> Message.of("walk.why.policyDeny", label);
            case IMPLICIT_DENY -> Message.of("walk.why.policyImplicit");
        };
    }

    private static String statement(Policy.Statement s) {
        return s.sid().orElse(s.label());
    }

    /** "all traffic", or "TCP 443". */
    private static Message traffic(Protocol protocol, PortRange ports) {
        if (protocol == Protocol.ALL) {
            return Message.of("walk.why.allTraffic");
        }
        String name = protocol.toString().toUpperCase(java.util.Locale.ROOT);
        return ports.isAll()
                ? Message.of("walk.why.allPorts", name)
                : Message.of("walk.why.traffic", name, ports);
    }
}
