package dev.vpclab.model;

/** What a line drawn between two components on the diagram stands for. */
public enum LineKind {
    /** A subnet's association with its route table. */
    ASSOCIATION,
    /** A gateway endpoint's route in a route table. */
    ENDPOINT_ROUTE,
    /** A security group's member (an instance or an endpoint's interfaces). */
    MEMBERSHIP,
    /** A peering, transit gateway or VPN attachment. */
    ATTACHMENT,
    /** A route from a route table to its target. */
    ROUTE,
    /** An endpoint's service, a service's load balancer, a load balancer's target. */
    SERVICE
}
