package dev.vpclab.walk;

/** What the packet is doing at a moment of the animation. */
public enum Phase {
    /** The source asks the DNS resolver for the destination name. */
    DNS_QUERY,
    /** The resolver's answer travels back to the source. */
    DNS_ANSWER,
    /** The request travels the forward path. */
    FORWARD,
    /** The reply travels the return path. */
    RETURN,
    /** The packet was stopped at a component and dropped. */
    BLOCKED,
    /** The reply has arrived back at the source: the flow works. */
    DONE
}
