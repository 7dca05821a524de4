/**
 * The VPC Flow Log records the network interfaces on a traced flow's path would write (version 5
 * fields), for learners to read a flow as AWS logs it. Plain Java; depends on {@code routing} and
 * {@code model}.
 */
package dev.vpclab.flowlogs;
