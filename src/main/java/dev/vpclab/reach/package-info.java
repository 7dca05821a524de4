/**
 * The reachability matrix as a person reads it: every traced pair kept compactly ({@link
 * ReachTable}), sources and destinations grouped by VPC and subnet ({@link ReachAxis}) with
 * collapsible groups ({@link AxisSlots}), the cells that changed after an edit ({@link ReachDiff}),
 * the CSV export ({@link ReachCsv}) and the pure geometry of the heatmap ({@link HeatmapGeometry}).
 * Depends on {@code routing}, {@code model} and {@code net}; imports no UI toolkit, so the app's
 * Reachability view is a thin painter over it.
 */
package dev.vpclab.reach;
