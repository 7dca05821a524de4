package dev.vpclab.app.walk;

import dev.vpclab.app.AppText;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.ComponentKind;
import dev.vpclab.model.Flow;
import dev.vpclab.model.InstanceConnectEndpoint;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.net.IpVersion;
import dev.vpclab.net.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The "new flow" picker: a source (instance, on-premises host or internet host), a destination (a
 * component, or a DNS name completed from the lab's names), protocol, port, and for AWS services
 * the API action and resource, and in a lab with EC2 Instance Connect Endpoints the one the client
 * connects through.
 */
final class FlowPicker {
    /**
     * What a packet can be addressed to: not a VPC, a subnet, a route table, a gateway or a rule
     * set, which a packet passes through but never goes to.
     */
    private static final Set<ComponentKind> DESTINATIONS =
            Set.of(
                    ComponentKind.INSTANCE,
                    ComponentKind.ON_PREMISES_HOST,
                    ComponentKind.INTERNET_HOST,
                    ComponentKind.INTERFACE_ENDPOINT,
                    ComponentKind.NLB,
                    ComponentKind.AWS_SERVICE);

    private static final Set<ComponentKind> SOURCES =
            Set.of(
                    ComponentKind.INSTANCE,
                    ComponentKind.ON_PREMISES_HOST,
                    ComponentKind.INTERNET_HOST);

    private final Lab lab;
    private final AppText t;
    private final Optional<Flow> last;

    FlowPicker(Lab lab, AppText t) {
        this(lab, t, Optional.empty());
    }

    /**
     * A picker that starts from the {@code last} flow made with it in this session: its source,
     * destination, protocol, port and request (the source only while the lab still has it).
     */
    FlowPicker(Lab lab, AppText t, Optional<Flow> last) {
        this.lab = lab;
        this.t = t;
        this.last = last;
    }

    /** Components a flow can start from. */
    static List<String> sources(Lab lab) {
        return lab.components().stream()
                .filter(c -> SOURCES.contains(c.kind()))
                .map(Component::id)
                .toList();
    }

    /**
     * Destinations to complete from: the lab's DNS names (AWS services' public records, interface
     * endpoints' names) first, then component ids.
     */
    static List<String> destinations(Lab lab) {
        Set<String> out = new LinkedHashSet<>();
        lab.all(AwsService.class)
                .forEach(s -> s.publicDnsRecords().forEach(r -> out.add(r.name())));
        lab.all(InterfaceEndpoint.class)
                .forEach(
                        e -> {
                            e.regionalDnsName().ifPresent(out::add);
                            out.addAll(e.zonalDnsNames());
                            out.addAll(e.privateDnsNames());
                        });
        lab.components().stream()
                .filter(c -> DESTINATIONS.contains(c.kind()))
                .forEach(c -> out.add(c.id()));
        out.removeIf(n -> n.startsWith("*"));
        return new ArrayList<>(out);
    }

    /**
     * What a flow can go through: nothing (the empty choice) or one of the lab's EC2 Instance
     * Connect Endpoints.
     */
    static List<String> vias(Lab lab) {
        List<String> out = new ArrayList<>();
        out.add("");
        lab.all(InstanceConnectEndpoint.class).forEach(e -> out.add(e.id()));
        return out;
    }

    /** Whether a destination is an AWS service, by id or by one of its DNS names. */
    static boolean isAwsService(Lab lab, String to) {
        return lab.all(AwsService.class)
                .anyMatch(
                        s ->
                                s.id().equals(to)
                                        || s.publicDnsRecords().stream()
                                                .anyMatch(r -> r.name().equals(to)));
    }

    Dialog<Flow> dialog(Window owner) {
        Dialog<Flow> d = dev.vpclab.app.Windows.dialog(owner, t);
        d.setTitle(t.get("walk.flow.new"));
        TextField name = new TextField();
        name.setId("picker-name");
        ChoiceBox<String> from = new ChoiceBox<>(FXCollections.observableArrayList(sources(lab)));
        from.setId("picker-from");
        Optional<String> lastFrom = last.map(Flow::from).filter(from.getItems()::contains);
        if (lastFrom.isPresent()) {
            from.setValue(lastFrom.get());
        } else if (!from.getItems().isEmpty()) {
            from.setValue(from.getItems().get(0));
        }
        ObservableList<String> all = FXCollections.observableArrayList(destinations(lab));
        FilteredList<String> shown = new FilteredList<>(all);
        // A packet goes somewhere else: the source itself is never offered as the destination.
        shown.setPredicate(n -> !n.equals(from.getValue()));
        from.valueProperty().addListener((o, a, b) -> shown.setPredicate(n -> !n.equals(b)));
        ComboBox<String> to = new ComboBox<>(shown);
        to.setId("picker-to");
        to.setEditable(true);
        to.setPrefWidth(360);
        // Filter as the user types, not on every change of the text: picking a row sets the text
        // too, and re-filtering the list under the pick moved the selection to another row.
        to.getEditor()
                .addEventHandler(
                        javafx.scene.input.KeyEvent.KEY_RELEASED,
                        e -> {
                            javafx.scene.input.KeyCode k = e.getCode();
                            if (k.isNavigationKey()
                                    || k == javafx.scene.input.KeyCode.ENTER
                                    || k == javafx.scene.input.KeyCode.ESCAPE
                                    || k == javafx.scene.input.KeyCode.TAB) {
                                return;
                            }
                            String typed = to.getEditor().getText();
                            String q = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
                            shown.setPredicate(
                                    n ->
                                            !n.equals(from.getValue())
                                                    && n.toLowerCase(Locale.ROOT).contains(q));
                            if (!q.isEmpty() && !shown.isEmpty()) {
                                to.show();
                            }
                        });
        ChoiceBox<Protocol> protocol =
                new ChoiceBox<>(
                        FXCollections.observableArrayList(
                                Protocol.TCP, Protocol.UDP, Protocol.ICMP));
        protocol.setId("picker-protocol");
        protocol.setValue(last.map(Flow::protocol).orElse(Protocol.TCP));
        TextField port = new TextField(String.valueOf(last.flatMap(Flow::port).orElse(443)));
        port.setId("picker-port");
        port.disableProperty().bind(protocol.valueProperty().isEqualTo(Protocol.ICMP));
        TextField action = new TextField();
        action.setId("picker-action");
        action.setPromptText("s3:GetObject");
        TextField resource = new TextField();
        resource.setId("picker-resource");
        resource.setPromptText("arn:aws:s3:::my-bucket/key");
        last.ifPresent(
                f -> {
                    to.getEditor().setText(f.to());
                    // Offer every destination again, not only those matching the last one.
                    shown.setPredicate(n -> !n.equals(from.getValue()));
                    f.request()
                            .ifPresent(
                                    r -> {
                                        action.setText(r.action());
                                        resource.setText(r.resource());
                                    });
                });
        Runnable service =
                () -> {
                    boolean aws = isAwsService(lab, to.getEditor().getText());
                    action.setDisable(!aws);
                    resource.setDisable(!aws);
                };
        to.getEditor().textProperty().addListener(o -> service.run());
        service.run();
        ChoiceBox<String> via = new ChoiceBox<>(FXCollections.observableArrayList(vias(lab)));
        via.setId("picker-via");
        // the empty choice reads as words, not as a blank row
        via.setConverter(
                new StringConverter<>() {
                    @Override
                    public String toString(String id) {
                        return id == null || id.isEmpty() ? t.get("walk.picker.viaNone") : id;
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
        via.setValue(last.flatMap(Flow::via).filter(via.getItems()::contains).orElse(""));
        Label error = new Label();
        error.setId("picker-error");
        error.setStyle("-fx-text-fill: #D13212;");

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        // The theme gives a dialog's content no inset: the labels touched the window's border.
        g.setPadding(new javafx.geometry.Insets(12, 12, 4, 12));
        g.addRow(0, new Label(t.get("walk.picker.name")), name);
        g.addRow(1, new Label(t.get("walk.picker.from")), from);
        g.addRow(2, new Label(t.get("walk.picker.to")), to);
        g.addRow(3, new Label(t.get("walk.picker.protocol")), protocol);
        g.addRow(4, new Label(t.get("walk.picker.port")), port);
        g.addRow(5, new Label(t.get("walk.picker.action")), action);
        g.addRow(6, new Label(t.get("walk.picker.resource")), resource);
        int row = 7;
        if (via.getItems().size() > 1) {
            g.addRow(row++, new Label(t.get("walk.picker.via")), via);
        }
        g.add(error, 0, row, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane()
                .lookupButton(ButtonType.OK)
                .addEventFilter(
                        javafx.event.ActionEvent.ACTION,
                        e -> {
                            Optional<String> problem =
                                    problem(
                                            from.getValue(),
                                            to.getEditor().getText(),
                                            protocol.getValue(),
                                            port.getText());
                            problem.ifPresent(
                                    p -> {
                                        error.setText(p);
                                        e.consume();
                                    });
                        });
        d.setResultConverter(
                b ->
                        b == ButtonType.OK
                                ? flow(
                                                name.getText(),
                                                from.getValue(),
                                                to.getEditor().getText().trim(),
                                                protocol.getValue(),
                                                port.getText(),
                                                action.isDisabled() ? "" : action.getText(),
                                                resource.getText())
                                        .withVia(
                                                Optional.ofNullable(via.getValue())
                                                        .filter(v -> !v.isBlank()))
                                : null);
        return d;
    }

    /** What is wrong with the fields, in words; empty when a flow can be made. */
    Optional<String> problem(String from, String to, Protocol protocol, String port) {
        if (from == null || from.isBlank()) {
            return Optional.of(t.get("walk.picker.noSource"));
        }
        if (to == null || to.isBlank()) {
            return Optional.of(t.get("walk.picker.noDestination"));
        }
        if (protocol != Protocol.ICMP) {
            try {
                int p = Integer.parseInt(port.trim());
                if (p < 0 || p > 65535) {
                    return Optional.of(t.get("walk.picker.badPort"));
                }
            } catch (NumberFormatException e) {
                return Optional.of(t.get("walk.picker.badPort"));
            }
        }
        return Optional.empty();
    }

    /** The flow the fields describe (checked by {@link #problem} first). */
    static Flow flow(
            String name,
            String from,
            String to,
            Protocol protocol,
            String port,
            String action,
            String resource) {
        Flow f =
                protocol == Protocol.ICMP
                        ? new Flow(
                                Optional.empty(),
                                from,
                                to,
                                Protocol.ICMP,
                                Optional.empty(),
                                IpVersion.V4,
                                Optional.empty(),
                                Optional.of("echo-request"),
                                Optional.empty())
                        : Flow.of(from, to, protocol, Integer.parseInt(port.trim()));
        if (name != null && !name.isBlank()) {
            f = f.withName(name.trim());
        }
        if (action != null && !action.isBlank()) {
            f =
                    f.withRequest(
                            new Flow.Request(
                                    action.trim(), resource == null ? "" : resource.trim()));
        }
        return f;
    }
}
