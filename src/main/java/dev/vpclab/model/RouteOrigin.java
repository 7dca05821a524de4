package dev.vpclab.model;

/** How a route came into a route table; static routes win over propagated ones (R-RT-5). */
public enum RouteOrigin {
    STATIC,
    PROPAGATED
}
