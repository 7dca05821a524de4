/**
 * Reading and writing lab files (YAML and JSON, format {@code vpclab/1}). Loading goes in three
 * stages: syntax (a location-aware tree with limits against hostile input), structure (the tree
 * becomes model records, every problem collected with its line and column) and meaning ({@code
 * dev.vpclab.check.LabChecker}). Saving is atomic. Depends on {@code model}, {@code net}, {@code
 * check} and {@code i18n}, and on SnakeYAML and Jackson for parsing and printing; the model itself
 * carries no serialization code.
 */
package dev.vpclab.format;
