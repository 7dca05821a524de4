package dev.vpclab.importer;

import dev.vpclab.catalog.AwsCatalog;
import dev.vpclab.catalog.PrefixListEntry;
import dev.vpclab.edit.AutoLayout;
import dev.vpclab.i18n.Message;
import dev.vpclab.importer.ImportReport.Outcome;
import dev.vpclab.model.AwsService;
import dev.vpclab.model.Component;
import dev.vpclab.model.Lab;
import dev.vpclab.model.ManagedPrefixList;
import dev.vpclab.model.Region;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.IpAddress;
import dev.vpclab.net.IpVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;

/**
 * Imports the JSON that {@code aws ec2 describe-*} (or boto3) prints, collected in a folder or a
 * zip, into a lab. Resource ids are kept as component ids; what the output leaves out (the local
 * route, a main route table or default network ACL that was not exported, DNS attributes) is
 * rebuilt the way AWS makes it and reported as assumed. Saved flows are left empty.
 */
public final class AwsDescribeImporter {
    private final ImportReport.Builder report;
    private final AwsInventory inventory;
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final Set<String> regions = new LinkedHashSet<>();
    private Optional<String> flatRegion = Optional.empty();
    private final AwsCatalog catalog = AwsCatalog.standard();

    private AwsDescribeImporter(AwsInventory inventory, ImportReport.Builder report) {
        this.inventory = inventory;
        this.report = report;
    }

    /** Imports a folder, a zip of one, or a single JSON file. */
    public static ImportResult importFrom(Path path) throws ImportFailure {
        List<SourceFile> files = SourceFolder.read(path);
        Path name = path.toAbsolutePath().getFileName();
        return importFiles(files, name == null ? "Imported AWS network" : name.toString());
    }

    static ImportResult importFiles(List<SourceFile> files, String title) throws ImportFailure {
        if (files.isEmpty()) {
            throw new ImportFailure(Message.of("import.error.noJson", title));
        }
        ImportReport.Builder report = new ImportReport.Builder();
        AwsInventory inventory = new AwsInventory();
        inventory.read(files, report);
        return new AwsDescribeImporter(inventory, report)
                .run(title, "Imported from AWS describe output: " + files.size() + " file(s).");
    }

    /**
     * Builds the lab from an inventory another reader filled in the Describe shapes (Terraform
     * state), so that every source shares one mapping to the lab.
     */
    static ImportResult build(
            AwsInventory inventory, ImportReport.Builder report, String title, String description)
            throws ImportFailure {
        return new AwsDescribeImporter(inventory, report).run(title, description);
    }

    private ImportResult run(String title, String description) throws ImportFailure {
        try {
            return runChecked(title, description);
        } catch (IllegalArgumentException e) {
            // A value the typed reads let through but the lab model refuses (a port out of range,
            // a rule number too big): bad input, said in one sentence, never a stack trace.
            throw new ImportFailure(
                    Message.of("import.error.value", String.valueOf(e.getMessage())));
        }
    }

    private ImportResult runChecked(String title, String description) throws ImportFailure {
        flatRegion = inventory.inferredRegion();
        NetworkInterfaces enis = new NetworkInterfaces(inventory);
        Ec2Network net = new Ec2Network(inventory, report, this::regionOf, enis);
        List<Component> built = net.build();
        for (Component c : built) {
            components.putIfAbsent(c.id(), c);
        }
        regions.addAll(net.regions());
        PrivateLink privateLink = new PrivateLink(inventory, report, enis, components);
        privateLink.interfaceEndpoints().forEach(c -> components.putIfAbsent(c.id(), c));
        LoadBalancers lbs = new LoadBalancers(inventory, report, enis, components);
        lbs.build().forEach(c -> components.putIfAbsent(c.id(), c));
        privateLink.endpointServices().forEach(c -> components.putIfAbsent(c.id(), c));
        TransitNetwork transit = new TransitNetwork(inventory, report, this::regionOf, components);
        transit.build().forEach(c -> components.putIfAbsent(c.id(), c));
        addPrefixListsAndServices(net);
        Set<String> owners = new HashSet<>(components.keySet());
        lbs.shortNames()
                .forEach(
                        (shortName, arn) -> {
                            if (owners.contains(arn)) {
                                owners.add(shortName);
                            }
                        });
        enis.report(report, owners);
        List<Component> ordered = new ArrayList<>();
        regions.forEach(r -> ordered.add(new Region(r)));
        ordered.addAll(components.values());
        List<Component> clean =
                new References(report).dropDangling(transit.withVgwPropagation(ordered));
        String labRegion =
                regions.isEmpty() ? flatRegion.orElse("us-east-1") : regions.iterator().next();
        Lab lab =
                new Lab(
                        title,
                        description,
                        labRegion,
                        clean,
                        Map.of(),
                        List.of(),
                        Optional.empty(),
                        Map.of());
        return new ImportResult(lab.withLayout(AutoLayout.layout(lab)), report.build());
    }

    /** The Region of a resource: its folder's, else the one the flat folder's contents say. */
    String regionOf(Item item) throws ImportFailure {
        Optional<String> r = item.file().region().or(() -> flatRegion);
        if (r.isEmpty()) {
            throw new ImportFailure(Message.of("import.error.noRegion", item.file().name()));
        }
        return r.get();
    }

    /**
     * Managed prefix lists from the input, then the ones gateway endpoints use but the input left
     * out (taken from the catalog and reported), and the AWS service each gateway endpoint reaches.
     */
    private void addPrefixListsAndServices(Ec2Network net) throws ImportFailure {
        Map<String, List<AwsService.Resource>> buckets =
                S3Buckets.read(
                        inventory,
                        report,
                        flatRegion.orElse(
                                regions.isEmpty() ? "us-east-1" : regions.iterator().next()));
        Map<String, ManagedPrefixList> lists = new LinkedHashMap<>();
        for (Item p : inventory.all("PrefixLists")) {
            List<Cidr> cidrs = new ArrayList<>();
            for (String c : p.texts("Cidrs", null)) {
                cidrs.add(cidr(p, "Cidrs", c));
            }
            addList(lists, p, cidrs, IpVersion.V4);
        }
        for (Item p : inventory.all("ManagedPrefixLists")) {
            List<Cidr> cidrs = new ArrayList<>();
            for (Item e : p.items("Entries")) {
                cidrs.add(cidr(e, "Cidr", e.text("Cidr")));
            }
            IpVersion family =
                    p.optText("AddressFamily").orElse("IPv4").equalsIgnoreCase("IPv6")
                            ? IpVersion.V6
                            : IpVersion.V4;
            addList(lists, p, cidrs, family);
        }
        for (Entry<String, String> use : net.gatewayPrefixLists().entrySet()) {
            String plId = use.getKey();
            String serviceName = use.getValue();
            String region = AwsInventory.regionOfServiceName(serviceName).orElse("");
            String service = serviceName.substring(serviceName.lastIndexOf('.') + 1);
            ManagedPrefixList list = lists.get(plId);
            if (list == null || list.cidrs().isEmpty()) {
                Optional<PrefixListEntry> known = catalog.prefixList(region, service);
                List<Cidr> cidrs = known.map(PrefixListEntry::cidrs).orElse(List.of());
                list = new ManagedPrefixList(plId, serviceName, region, IpVersion.V4, cidrs);
                lists.put(plId, list);
                report.add(
                        Outcome.ASSUMED,
                        "",
                        plId,
                        Message.of("import.assumed.prefixList", plId, serviceName));
            }
            addService(
                    service,
                    region,
                    serviceName,
                    list,
                    buckets.getOrDefault(region, List.of()),
                    "import.assumed.service");
        }
        for (Entry<String, List<AwsService.Resource>> e : buckets.entrySet()) {
            String region = e.getKey();
            if (components.containsKey("s3-" + region)) {
                continue;
            }
            Optional<PrefixListEntry> known = catalog.prefixList(region, "s3");
            if (known.isEmpty()) {
                report.add(
                        Outcome.IGNORED,
                        "",
                        "s3-" + region,
                        Message.of("import.ignored.bucketRegion", region));
                continue;
            }
            PrefixListEntry k = known.get();
            ManagedPrefixList list =
                    lists.computeIfAbsent(
                            k.id(),
                            id ->
                                    new ManagedPrefixList(
                                            id, k.name(), region, IpVersion.V4, k.cidrs()));
            addService(
                    "s3",
                    region,
                    "com.amazonaws." + region + ".s3",
                    list,
                    e.getValue(),
                    "import.assumed.bucketService");
        }
        Map<String, Component> withLists = new LinkedHashMap<>();
        lists.values().forEach(l -> withLists.put(l.id(), l));
        withLists.putAll(components);
        components.clear();
        components.putAll(withLists);
    }

    /**
     * The AWS service of a Region that an endpoint reaches or buckets live in, answering its
     * Regional name (and, for S3, every bucket's virtual-hosted name) with an address of its prefix
     * list.
     */
    private void addService(
            String service,
            String region,
            String serviceName,
            ManagedPrefixList list,
            List<AwsService.Resource> resources,
            String why) {
        String serviceId = service + "-" + region;
        if (components.containsKey(serviceId) || list.cidrs().isEmpty()) {
            return;
        }
        IpAddress address = list.cidrs().get(0).network().plus(10); // an address of the service
        String dnsName = service + "." + region + ".amazonaws.com";
        List<AwsService.DnsRecord> records = new ArrayList<>();
        records.add(new AwsService.DnsRecord(dnsName, List.of(address), List.of()));
        if (service.equals("s3")) {
            records.add(new AwsService.DnsRecord("*." + dnsName, List.of(address), List.of()));
        }
        components.put(
                serviceId,
                new AwsService(
                        serviceId,
                        service,
                        region,
                        serviceName,
                        Optional.of(list.id()),
                        records,
                        service.equals("s3") ? resources : List.of()));
        report.add(Outcome.ASSUMED, "", serviceId, Message.of(why, serviceId, dnsName, address));
    }

    private void addList(
            Map<String, ManagedPrefixList> lists, Item p, List<Cidr> cidrs, IpVersion family)
            throws ImportFailure {
        String id = p.text("PrefixListId");
        String name = p.optText("PrefixListName").orElse(id);
        String region = AwsInventory.regionOfServiceName(name).orElse(regionOf(p));
        lists.putIfAbsent(id, new ManagedPrefixList(id, name, region, family, cidrs));
        report.add(Outcome.READ, p.file().name(), p.path(), Message.of("import.read", id));
    }

    static Cidr cidr(Item owner, String field, String text) throws ImportFailure {
        Optional<Cidr> c = Cidr.tryParse(text);
        if (c.isEmpty()) {
            throw owner.field(field).failure("import.expected.cidr", text);
        }
        return c.get();
    }

    static Set<String> ids(List<Component> list) {
        Set<String> out = new HashSet<>();
        list.forEach(c -> out.add(c.id()));
        return out;
    }
}
