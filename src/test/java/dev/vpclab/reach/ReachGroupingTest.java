package dev.vpclab.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vpclab.edit.RuleEdits;
import dev.vpclab.generate.LabGenerator;
import dev.vpclab.model.Component;
import dev.vpclab.model.Instance;
import dev.vpclab.model.InterfaceEndpoint;
import dev.vpclab.model.Lab;
import dev.vpclab.model.Route;
import dev.vpclab.model.RouteTable;
import dev.vpclab.model.Subnet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grouping by VPC and subnet, collapsing, the cells an edit changes and the CSV. */
class ReachGroupingTest {
    private static final Lab DEFAULT = ReachTableTest.DEFAULT;

    @Test
    void theDefaultLabIsGroupedByVpcAndSubnetWithTheServiceOutside() {
        ReachTable t = ReachTableTest.table(DEFAULT);
        ReachAxis columns = ReachAxis.of(DEFAULT, t.destinations());
        assertThat(columns.members())
                .containsExactlyInAnyOrderElementsOf(t.destinations())
                .endsWith("s3-use1");
        int s3 = columns.members().indexOf("s3-use1");
        assertThat(columns.groupsAt(s3))
                .extracting(ReachAxis.Group::kind)
                .containsExactly(ReachAxis.GroupKind.AWS_SERVICES);
        int app = columns.members().indexOf("i-app");
        assertThat(columns.vpcAt(app)).contains("vpc-consumer");
        assertThat(columns.subnetAt(app)).contains("subnet-app");
        // The position maps back to the table's column.
        assertThat(t.destinations().get(columns.index(app))).isEqualTo("i-app");
    }

    @Test
    void onAGeneratedLabEveryGroupIsOneRangeHoldingExactlyItsMembers() {
        Lab lab = LabGenerator.generate(300, 3);
        ReachTable t = ReachTableTest.table(lab);
        ReachAxis rows = ReachAxis.of(lab, t.sources());
        Map<String, String> subnetVpc = new HashMap<>();
        for (Component c : lab.components()) {
            if (c instanceof Subnet s) {
                subnetVpc.put(s.id(), s.vpc());
            }
        }
        assertThat(rows.size()).isEqualTo(t.sources().size());
        assertThat(new HashSet<>(rows.members())).hasSize(rows.size());
        Set<String> topKeys = new HashSet<>();
        for (int p = 0; p < rows.size(); p++) {
            Component c = lab.component(rows.members().get(p)).orElseThrow();
            if (c instanceof Instance i) {
                assertThat(rows.subnetAt(p)).contains(i.subnet());
                assertThat(rows.vpcAt(p)).contains(subnetVpc.get(i.subnet()));
            } else {
                assertThat(rows.vpcAt(p)).isEmpty();
            }
            topKeys.add(rows.groupsAt(p).get(0).key());
        }
        // A group is contiguous: its members are exactly the positions of its range.
        for (ReachAxis.Group g : rows.groups()) {
            for (int p = 0; p < rows.size(); p++) {
                boolean inside = p >= g.start() && p < g.end();
                assertThat(rows.groupsAt(p).contains(g)).as(g + " at " + p).isEqualTo(inside);
            }
        }
        assertThat(topKeys.size()).isGreaterThan(2);
    }

    @Test
    void aCollapsedGroupIsOneSlotAndItsCountsAreTheSumOfItsPairs() {
        Lab lab = LabGenerator.generate(300, 3);
        ReachTable t = ReachTableTest.table(lab);
        ReachAxis rows = ReachAxis.of(lab, t.sources());
        ReachAxis columns = ReachAxis.of(lab, t.destinations());
        ReachAxis.Group vpc =
                rows.groups().stream()
                        .filter(g -> g.kind() == ReachAxis.GroupKind.VPC && g.size() > 1)
                        .findFirst()
                        .orElseThrow();
        AxisSlots open = AxisSlots.of(rows, Set.of());
        AxisSlots folded = AxisSlots.of(rows, Set.of(vpc.key()));
        assertThat(open.size()).isEqualTo(rows.size());
        assertThat(folded.size()).isEqualTo(rows.size() - vpc.size() + 1);
        int slot = folded.slotOf(vpc.start());
        assertThat(folded.slot(slot).group()).contains(vpc);
        assertThat(folded.slotRange(vpc)).containsExactly(slot, slot + 1);
        // A subnet inside the folded VPC is in the VPC's one slot too.
        rows.groups().stream()
                .filter(g -> g.level() == 1 && g.start() >= vpc.start() && g.end() <= vpc.end())
                .forEach(g -> assertThat(folded.slotRange(g)).containsExactly(slot, slot + 1));

        AxisSlots all = AxisSlots.of(columns, Set.of());
        for (int c = 0; c < all.size(); c++) {
            BlockCounts block = BlockCounts.of(t, folded, slot, all, c, Optional.empty());
            int reachable = 0;
            int traced = 0;
            for (int p = vpc.start(); p < vpc.end(); p++) {
                Optional<CellVerdict> v = t.verdict(rows.index(p), columns.index(c));
                traced += v.isPresent() ? 1 : 0;
                reachable += v.filter(x -> x == CellVerdict.REACHABLE).isPresent() ? 1 : 0;
            }
            assertThat(block.total()).isEqualTo(traced);
            assertThat(block.reachable()).isEqualTo(reachable);
        }
    }

    @Test
    void deletingTheS3RouteChangesExactlyTheCellsToS3() {
        ReachTable before = ReachTableTest.table(DEFAULT);
        ReachTable after = ReachTableTest.table(withoutS3Route(DEFAULT));
        ReachDiff diff = ReachDiff.between(before, after).orElseThrow();
        assertThat(diff.count()).isEqualTo(1);
        int app = after.row("i-app").orElseThrow();
        int s3 = after.column("s3-use1").orElseThrow();
        assertThat(diff.changed(app, s3)).isTrue();
        assertThat(after.verdict(app, s3)).contains(CellVerdict.BLOCKED);
        // The same lab on another port is not an edit: nothing to mark.
        ReachTable ssh =
                ReachComputation.compute(
                        DEFAULT,
                        dev.vpclab.routing.Tracer.of(DEFAULT),
                        dev.vpclab.net.Protocol.TCP,
                        22,
                        ReachComputation.Progress.none(),
                        () -> false);
        assertThat(ReachDiff.between(before, ssh)).isEmpty();
        assertThat(ReachDiff.between(before, before).orElseThrow().count()).isZero();

        ReachAxis rows = ReachAxis.of(DEFAULT, after.sources());
        ReachAxis cols = ReachAxis.of(DEFAULT, after.destinations());
        BlockCounts block =
                BlockCounts.of(
                        after,
                        AxisSlots.of(rows, Set.of()),
                        rows.members().indexOf("i-app"),
                        AxisSlots.of(cols, Set.of()),
                        cols.members().indexOf("s3-use1"),
                        Optional.of(diff));
        assertThat(block.changed()).isEqualTo(1);
        assertThat(block.uniform()).contains(CellVerdict.BLOCKED);
    }

    static Lab withoutS3Route(Lab lab) {
        List<Route> routes = lab.component("rt-app", RouteTable.class).orElseThrow().routes();
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).toString().contains("pl-s3")) {
                return RuleEdits.removeRoute(lab, "rt-app", i)
                        .allowedEdit()
                        .orElseThrow()
                        .apply(lab);
            }
        }
        throw new AssertionError("no S3 route");
    }

    @Test
    void theCsvHasOneLinePerTracedPairInTheGroupedOrderWithTheChangedMark() {
        ReachTable before = ReachTableTest.table(DEFAULT);
        Lab edited = withoutS3Route(DEFAULT);
        ReachTable after = ReachTableTest.table(edited);
        ReachAxis rows = ReachAxis.of(edited, after.sources());
        ReachAxis cols = ReachAxis.of(edited, after.destinations());
        String csv = ReachCsv.of(after, rows, cols, ReachDiff.between(before, after));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(ReachCsv.HEADER);
        assertThat(lines).hasSize(1 + after.traced());
        assertThat(lines)
                .contains(
                        "i-app,vpc-consumer,subnet-app,s3-use1,,,tcp,443,blocked,"
                                + "NO_ROUTE_TO_DESTINATION,NO_ROUTE_TO_DESTINATION,rt-app,true",
                        "i-app,vpc-consumer,subnet-app,i-target,vpc-provider,subnet-provider,"
                                + "tcp,443,blocked,NO_ROUTE_TO_DESTINATION,"
                                + "NO_ROUTE_TO_DESTINATION,rt-app,false");
        assertThat(csv).contains("\r\n");
        // Without a diff the changed column is empty.
        assertThat(ReachCsv.of(after, rows, cols, Optional.empty()).lines().skip(1))
                .allMatch(l -> l.endsWith(","));
    }

    @Test
    void aCsvFieldIsQuotedWhenItMustBeAndNeverRunsAsAFormula() {
        assertThat(ReachCsv.field("i-app")).isEqualTo("i-app");
        assertThat(ReachCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReachCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReachCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReachCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void theGeometryTellsCellsLabelsAndBandsApartAndKeepsScrollingInside() {
        // 10 rows, 20 columns of 10 px; bands of 16 px, row labels 100 px, column labels 80 px.
        HeatmapGeometry g = new HeatmapGeometry(10, 20, 10, 16, 16, 100, 80, 0, 0);
        assertThat(g.bodyX()).isEqualTo(132);
        assertThat(g.bodyY()).isEqualTo(112);
        assertThat(g.hit(132, 112)).isEqualTo(new HeatmapGeometry.CellHit(0, 0));
        assertThat(g.hit(155, 139)).isEqualTo(new HeatmapGeometry.CellHit(2, 2));
        assertThat(g.hit(5, 139)).isEqualTo(new HeatmapGeometry.RowBand(0, 2));
        assertThat(g.hit(20, 139)).isEqualTo(new HeatmapGeometry.RowBand(1, 2));
        assertThat(g.hit(60, 139)).isEqualTo(new HeatmapGeometry.RowLabel(2));
        assertThat(g.hit(155, 5)).isEqualTo(new HeatmapGeometry.ColumnBand(0, 2));
        assertThat(g.hit(155, 100)).isEqualTo(new HeatmapGeometry.ColumnLabel(2));
        assertThat(g.hit(50, 50)).isEqualTo(new HeatmapGeometry.Nowhere());
        assertThat(g.hit(132 + 200, 112)).isEqualTo(new HeatmapGeometry.Nowhere());

        HeatmapGeometry scrolled = g.scrolledTo(1000, 1000, 232, 162);
        // 200 px of columns in a 100 px body: at most 100 px of scroll; rows 100 in 50: 50.
        assertThat(scrolled.scrollX()).isEqualTo(100);
        assertThat(scrolled.scrollY()).isEqualTo(50);
        assertThat(scrolled.hit(132, 112)).isEqualTo(new HeatmapGeometry.CellHit(5, 10));
        assertThat(scrolled.visibleColumns(232)).containsExactly(10, 20);
        assertThat(scrolled.visibleRows(162)).containsExactly(5, 10);
    }

    @Test
    void anInterfaceEndpointSitsInItsFirstSubnet() {
        ReachTable t = ReachTableTest.table(DEFAULT);
        ReachAxis cols = ReachAxis.of(DEFAULT, t.destinations());
        InterfaceEndpoint e = DEFAULT.component("vpce-app", InterfaceEndpoint.class).orElseThrow();
        int p = cols.members().indexOf("vpce-app");
        assertThat(cols.vpcAt(p)).contains(e.vpc());
        assertThat(cols.subnetAt(p)).contains(e.subnets().get(0));
    }
}
