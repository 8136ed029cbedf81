/**
 * Sitrep on Apache Spark: {@link org.sitrep.spark.SitrepJob} codes files from any Hadoop file system into
 * contract JSON Lines and an {@code events} Parquet table; {@link org.sitrep.spark.SitrepStreamJob} does the
 * same for files dropped into a landing directory (or a Kafka topic), with checkpoints. Each executor JVM
 * builds the standard pipeline once ({@link org.sitrep.spark.ExecutorPipeline}) and its tasks share it.
 */
package org.sitrep.spark;
