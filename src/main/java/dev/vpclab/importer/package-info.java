/**
 * Imports a real AWS network into a lab: the JSON the AWS CLI or boto3 prints for the Describe
 * calls, collected in a folder or a zip ({@link dev.vpclab.importer.AwsDescribeImporter}), or the
 * state {@code terraform show -json} prints ({@link dev.vpclab.importer.TerraformImporter}), which
 * is rewritten in the Describe shapes so that both share one mapping to the lab. Pure Java, no
 * display; the command line and the app sit on top. Every import comes with an {@link
 * dev.vpclab.importer.ImportReport} of what was read, ignored and assumed; unreadable input ends in
 * an {@link dev.vpclab.importer.ImportFailure} that names the file, the line and the JSON path.
 */
package dev.vpclab.importer;
