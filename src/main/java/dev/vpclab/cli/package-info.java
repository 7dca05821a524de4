/**
 * The {@code vpclab} command line: trace flows, check labs, print reachability matrices and
 * generate large labs, as text for people or JSON for machines. Depends on every core package;
 * nothing but the launcher depends on it. Imports no UI toolkit, so it runs without a display.
 */
package dev.vpclab.cli;
