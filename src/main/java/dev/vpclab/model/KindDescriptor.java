package dev.vpclab.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the application knows about one component kind, in one place: its model type, where it
 * sits on the diagram (and so its parent kind), the fields that name other components with the
 * kinds they may point to, how a delete treats it and where the palette shows it. The reader's
 * callers, the checker, rename, paste, delete, containment, the diagram's lines, the palette and
 * the importer all read it; {@link KindTable} holds the table, with a switch that is exhaustive
 * over {@link ComponentKind}, so a new kind cannot compile half-added.
 *
 * @param type the model record of the kind
 * @param place where a component of the kind sits
 * @param container whether the kind is drawn as a box holding other components
 * @param onVpcEdge whether the kind is drawn on the edge of its VPC (internet and VPN gateways)
 * @param fields the reference fields, in the order the checker reports them
 * @param parentPaths the fields whose first present value is the container, in preference order
 * @param deleteRule when AWS refuses to delete a component of the kind
 * @param palette the palette group that offers the kind
 */
public record KindDescriptor(
        ComponentKind kind,
        Class<? extends Component> type,
        Place place,
        boolean container,
        boolean onVpcEdge,
        List<ReferenceField> fields,
        List<String> parentPaths,
        DeleteRule deleteRule,
        PaletteGroup palette,
        KindTable.Reader reader) {

    /** What a kind needs around it on the canvas. */
    public enum Place {
        /** Outside every VPC (the canvas, or an on-premises network for its hosts). */
        OUTSIDE,
        /** Directly in a VPC (or on its edge, for gateways). */
        IN_VPC,
        /** In a subnet. */
        IN_SUBNET,
        /** In an on-premises network. */
        IN_ON_PREMISES;

        /** The kind of the container, if the place has one. */
        public Optional<ComponentKind> containerKind() {
            return switch (this) {
                case OUTSIDE -> Optional.empty();
                case IN_VPC -> Optional.of(ComponentKind.VPC);
                case IN_SUBNET -> Optional.of(ComponentKind.SUBNET);
                case IN_ON_PREMISES -> Optional.of(ComponentKind.ON_PREMISES);
            };
        }
    }

    /** When AWS refuses a delete (DependencyViolation). */
    public enum DeleteRule {
        /** Deleted freely (with what cannot exist without it). */
        ALLOWED,
        /** Refused for the VPC's main route table while the VPC exists (DeleteRouteTable). */
        NOT_THE_MAIN_ROUTE_TABLE,
        /** Refused for the VPC's default network ACL while the VPC exists (DeleteNetworkAcl). */
        NOT_THE_DEFAULT_ACL
    }

    /** The groups of the palette, in the order shown, with their resource-bundle keys. */
    public enum PaletteGroup {
        NETWORK("palette.network"),
        COMPUTE("palette.compute"),
        GATEWAYS("palette.gateways"),
        ENDPOINTS("palette.endpoints"),
        OUTSIDE("palette.outside");

        private final String key;

        PaletteGroup(String key) {
            this.key = key;
        }

        /** The resource-bundle key of the group's heading. */
        public String key() {
            return key;
        }

        // The order within a group, as in the AWS console; which group is each kind's descriptor.
        private static final List<ComponentKind> ORDER =
                List.of(
                        ComponentKind.VIRTUAL_PRIVATE_GATEWAY,
                        ComponentKind.TRANSIT_GATEWAY,
                        ComponentKind.TRANSIT_GATEWAY_ATTACHMENT,
                        ComponentKind.TRANSIT_GATEWAY_PEERING,
                        ComponentKind.VPC_PEERING,
                        ComponentKind.VPN_CONNECTION,
                        ComponentKind.DIRECT_CONNECT_GATEWAY,
                        ComponentKind.GATEWAY_ENDPOINT,
                        ComponentKind.INTERFACE_ENDPOINT,
                        ComponentKind.INSTANCE_CONNECT_ENDPOINT,
                        ComponentKind.ENDPOINT_SERVICE,
                        ComponentKind.GATEWAY_LOAD_BALANCER_ENDPOINT,
                        ComponentKind.MANAGED_PREFIX_LIST,
                        ComponentKind.AWS_SERVICE,
                        ComponentKind.ON_PREMISES,
                        ComponentKind.ON_PREMISES_HOST,
                        ComponentKind.VIRTUAL_INTERFACE,
                        ComponentKind.INTERNET_HOST,
                        ComponentKind.REGION,
                        // DNS: after the endpoints and the on-premises network they serve
                        ComponentKind.RESOLVER_ENDPOINT,
                        ComponentKind.RESOLVER_RULE,
                        ComponentKind.PRIVATE_HOSTED_ZONE,
                        ComponentKind.ON_PREMISES_RESOLVER);

        /** The kinds of the group: kinds not in the console order first, in enum order. */
        public List<ComponentKind> kinds() {
            List<ComponentKind> out = new ArrayList<>();
            for (ComponentKind k : ComponentKind.values()) {
                if (of(k).palette() == this && !ORDER.contains(k)) {
                    out.add(k);
                }
            }
            for (ComponentKind k : ORDER) {
                if (of(k).palette() == this) {
                    out.add(k);
                }
            }
            return List.copyOf(out);
        }
    }

    private static final Map<ComponentKind, KindDescriptor> TABLE =
            new EnumMap<>(ComponentKind.class);

    static {
        for (ComponentKind k : ComponentKind.values()) {
            TABLE.put(k, KindTable.describe(k));
        }
    }

    public KindDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(place, "place");
        fields = List.copyOf(fields);
        parentPaths = List.copyOf(parentPaths);
        Objects.requireNonNull(deleteRule, "deleteRule");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(reader, "reader");
    }

    /** The descriptor of a kind. */
    public static KindDescriptor of(ComponentKind kind) {
        return TABLE.get(Objects.requireNonNull(kind, "kind"));
    }

    /** The descriptor of a component's kind. */
    public static KindDescriptor of(Component c) {
        return of(c.kind());
    }

    /** The kind of the container a component of this kind sits in, if any. */
    public Optional<ComponentKind> parentKind() {
        return place.containerKind();
    }

    /**
     * The references a component of this kind holds, in the order of {@link #fields()} for each
     * list element: values that are not ids (a {@code local} route, a {@code blackhole}, an {@code
     * ip} target) are left out.
     */
    public List<Reference> references(Component c) {
        if (c.kind() != kind) {
            throw new IllegalArgumentException(c.id() + " is not a " + kind.fileName());
        }
        List<Reference> out = new ArrayList<>();
        reader.read(
                c,
                (field, target, indexes) -> {
                    if (!fields.contains(field)) {
                        throw new IllegalStateException(
                                kind.fileName() + " reads an undeclared field " + field.path());
                    }
                    out.add(new Reference(field, field.at(indexes), target));
                });
        return List.copyOf(out);
    }

    /** Every reference a component holds (see {@link #references(Component)}). */
    public static List<Reference> referencesOf(Component c) {
        return of(c).references(c);
    }

    /** The container a component sits in, from the first of its parent fields that has a value. */
    public static Optional<String> parentOf(Component c) {
        KindDescriptor d = of(c);
        List<Reference> refs = d.references(c);
        for (String path : d.parentPaths()) {
            for (Reference r : refs) {
                if (r.field().path().equals(path)) {
                    return Optional.of(r.target());
                }
            }
        }
        return Optional.empty();
    }

    /** The reference fields held in one record component ({@code routes}: destination, target). */
    public List<ReferenceField> fieldsIn(String recordComponent) {
        return fields.stream().filter(f -> f.recordComponent().equals(recordComponent)).toList();
    }
}
