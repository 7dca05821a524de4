/**
 * The offline catalogue of AWS facts the lab needs: Regions and their Availability Zone ids,
 * endpoint service names and DNS names, the managed prefix lists of S3 and DynamoDB, and prices.
 * The prefix-list ranges and prices are illustrative, not live AWS data. Depends on {@code net} and
 * Jackson; imports no UI toolkit.
 */
package dev.vpclab.catalog;
