package dev.vpclab.export;

import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Subnet;
import dev.vpclab.paint.DiagramPainter;
import java.util.Locale;
import java.util.Map;

/**
 * The draw.io style of each kind of component: draw.io's own AWS 4 stencils ({@code
 * mxgraph.aws4.*}), so the diagram opens in diagrams.net with the familiar AWS icons and stays
 * editable there, and no AWS artwork is shipped with the lab.
 */
final class DrawioShapes {
    private DrawioShapes() {}

    private static final String GROUP =
            "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],"
                    + "[0.75,1],[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];outlineConnect=0;"
                    + "gradientColor=none;html=0;fontSize=12;fontStyle=0;"
                    + "container=1;pointerEvents=0;collapsible=0;recursiveResize=0;"
                    + "shape=mxgraph.aws4.group;verticalAlign=top;align=left;spacingLeft=30;";

    private static final String ICON =
            "sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;strokeColor=none;"
                    + "dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;"
                    + "html=0;fontSize=11;fontStyle=0;aspect=fixed;"
                    + "pointerEvents=1;";

    /** Resource icons of common services ({@code resIcon=mxgraph.aws4.<name>}). */
    private static final Map<String, String> SERVICES =
            Map.ofEntries(
                    Map.entry("s3", "s3"),
                    Map.entry("dynamodb", "dynamodb"),
                    Map.entry("sqs", "sqs"),
                    Map.entry("sns", "sns"),
                    Map.entry("kms", "key_management_service"),
                    Map.entry("lambda", "lambda"),
                    Map.entry("ecr", "ecr"),
                    Map.entry("ecr.api", "ecr"),
                    Map.entry("ecr.dkr", "ecr"),
                    Map.entry("secretsmanager", "secrets_manager"),
                    Map.entry("ssm", "systems_manager"),
                    Map.entry("logs", "cloudwatch_2"),
                    Map.entry("monitoring", "cloudwatch_2"),
                    Map.entry("execute-api", "api_gateway"),
                    Map.entry("sts", "identity_and_access_management"),
                    Map.entry("ec2", "ec2"));

    /** Size of the icon shapes, which draw.io keeps square. */
    static final double ICON_SIZE = 48;

    /** Whether the component is drawn as a container (group) in draw.io. */
    static boolean isGroup(Component c) {
        return switch (c.kind()) {
            case REGION, VPC, SUBNET, ON_PREMISES -> true;
            default -> false;
        };
    }

    static String style(Lab lab, Component c) {
        return switch (c.kind()) {
            case REGION -> group("group_region", "#00A4A6", "none", "#106EA4", true);
            // draw.io's default VPC label grey (#AAB7B8) is unreadable on white: a dark purple
            // of the VPC's own colour, 7:1 on white.
            case VPC -> group("group_vpc2", "#8C4FFF", "none", "#6B2FD6", false);
            case SUBNET -> {
                boolean pub = DiagramPainter.isPublic(lab, (Subnet) c);
                yield pub
                        ? group("group_security_group", "#7AA116", "#F2F6E8", "#248814", false)
                                + "grStroke=0;"
                        : group("group_security_group", "#00A4A6", "#E6F6F7", "#106EA4", false)
                                + "grStroke=0;";
            }
            case ON_PREMISES ->
                    group("group_corporate_data_center", "#7D8998", "none", "#5A6C86", false);
            case INSTANCE -> icon("#ED7100", "instance2");
            case INTERNET_GATEWAY, EGRESS_ONLY_INTERNET_GATEWAY ->
                    icon("#8C4FFF", "internet_gateway");
            case NAT_GATEWAY -> icon("#8C4FFF", "nat_gateway");
            case ROUTE_TABLE -> icon("#8C4FFF", "route_table");
            case NACL -> icon("#8C4FFF", "network_access_control_list");
            case SECURITY_GROUP ->
                    // AWS 4 has no security group icon, only the group frame: a small red frame.
                    "sketch=0;outlineConnect=0;html=0;fontSize=11;"
                            + "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;"
                            + "grStroke=0;strokeColor=#DD3522;fillColor=none;verticalAlign=top;"
                            + "align=left;spacingLeft=30;fontColor=#DD3522;dashed=0;";
            case GATEWAY_ENDPOINT,
                    INTERFACE_ENDPOINT,
                    GATEWAY_LOAD_BALANCER_ENDPOINT,
                    INSTANCE_CONNECT_ENDPOINT ->
                    icon("#8C4FFF", "endpoints");
            case ENDPOINT_SERVICE -> resource("#8C4FFF", "vpc_privatelink");
            case NLB -> icon("#8C4FFF", "network_load_balancer");
            case GATEWAY_LOAD_BALANCER -> icon("#8C4FFF", "gateway_load_balancer");
            case VPC_PEERING -> icon("#8C4FFF", "peering");
            case TRANSIT_GATEWAY -> resource("#8C4FFF", "transit_gateway");
            case TRANSIT_GATEWAY_ATTACHMENT, TRANSIT_GATEWAY_PEERING ->
                    icon("#8C4FFF", "transit_gateway_attachment");
            case VIRTUAL_PRIVATE_GATEWAY -> icon("#8C4FFF", "vpn_gateway");
            case VPN_CONNECTION -> icon("#8C4FFF", "vpn_connection");
            // draw.io's AWS 4 set has the Direct Connect service icon for both
            case DIRECT_CONNECT_GATEWAY, VIRTUAL_INTERFACE -> resource("#8C4FFF", "direct_connect");
            case ON_PREMISES_HOST -> icon("#7D8998", "traditional_server");
            case INTERNET_HOST -> icon("#232F3D", "client");
            case MANAGED_PREFIX_LIST -> icon("#232F3D", "data_table");
            case AWS_SERVICE -> {
                String svc = ((AwsService) c).service().toLowerCase(Locale.ROOT);
                yield resource(
                        "s3".equals(svc)
                                ? "#7AA116"
                                : svc.contains("dynamo") ? "#C925D1" : "#E7157B",
                        SERVICES.getOrDefault(svc, "general"));
            }
            case RESOLVER_ENDPOINT, RESOLVER_RULE -> icon("#8C4FFF", "route_53_resolver");
            case PRIVATE_HOSTED_ZONE -> icon("#8C4FFF", "hosted_zone");
            case ON_PREMISES_RESOLVER -> icon("#7D8998", "traditional_server");
        };
    }

    private static String group(
            String grIcon, String stroke, String fill, String font, boolean dashed) {
        return GROUP
                + "grIcon=mxgraph.aws4."
                + grIcon
                + ";strokeColor="
                + stroke
                + ";fillColor="
                + fill
                + ";fontColor="
                + font
                + ";dashed="
                + (dashed ? 1 : 0)
                + ";";
    }

    private static String icon(String color, String shape) {
        return ICON + "fillColor=" + color + ";shape=mxgraph.aws4." + shape + ";";
    }

    private static String resource(String color, String resIcon) {
        return ICON
                + "fillColor="
                + color
                + ";shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4."
                + resIcon
                + ";";
    }
}
