/**
 * What a flow costs from the path it takes: NAT gateway and interface endpoint hours and data
 * processing, free gateway endpoints, data transfer to the internet and between Availability Zones,
 * for a monthly data volume the user sets, with prices from the catalogue's price sheet (dated,
 * editable). Plain Java; depends on {@code routing}, {@code model}, {@code catalog} and {@code
 * i18n}.
 */
package dev.vpclab.cost;
