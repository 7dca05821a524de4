/**
 * Generators of labs: large, valid, realistic networks built from a seed, for load tests,
 * benchmarks and demonstrations. Depends on {@code model}, {@code net} and {@code catalog}; imports
 * no UI toolkit.
 */
package dev.vpclab.generate;
