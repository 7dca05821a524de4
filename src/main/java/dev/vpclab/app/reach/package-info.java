/**
 * View > Reachability: the heatmap of every source against every destination of the lab, grouped by
 * VPC and subnet, computed off the UI thread with progress and Cancel, painted on one canvas (only
 * what is visible), with hover words, click to play in the walk, the cells an edit changed, and CSV
 * and PNG export. The logic lives in {@link dev.vpclab.reach}; this package paints it and holds the
 * window's state.
 */
package dev.vpclab.app.reach;
