/**
 * The routing core: traces a flow through a lab hop by hop, as AWS would, and explains every
 * decision; builds the lab's JGraphT graph for reachability questions. Depends on {@code model},
 * {@code net}, {@code i18n} and JGraphT; imports no UI toolkit.
 */
package dev.vpclab.routing;
