/**
 * Study: challenges with automatic grading. A challenge is a lab file whose {@code challenge} block
 * holds the texts (English and Korean) and the goal conditions; the {@link dev.vpclab.study.Grader}
 * checks a learner's lab against them with the routing core, never by comparing pictures. Also the
 * reference card comparing gateway endpoints, interface endpoints and NAT gateways, and the cost
 * model of a path. Plain Java: the app shows what this package decides.
 */
package dev.vpclab.study;
