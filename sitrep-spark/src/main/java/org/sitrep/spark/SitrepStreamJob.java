package org.sitrep.spark;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code SitrepStreamJob LANDING_DIR OUTPUT CHECKPOINT [--kafka BROKERS TOPIC]}: codes every file dropped
 * into LANDING_DIR, or with {@code --kafka} every message of TOPIC (one article per value; LANDING_DIR is then
 * not read), as it arrives. Spark's file source or Kafka source and CHECKPOINT record which files or offsets
 * each micro-batch took; each batch's output goes under {@code batch=N} directories that a replayed batch
 * replaces (see {@link JobOutput}), so a restart from the checkpoint neither loses nor duplicates an article.
 * The Kafka connector ({@code spark-sql-kafka-0-10}) is bundled in the assembly.
 */
public final class SitrepStreamJob {
    static final StructType BINARY_FILE = new StructType()
            .add("path", DataTypes.StringType).add("modificationTime", DataTypes.TimestampType)
            .add("length", DataTypes.LongType).add("content", DataTypes.BinaryType);

    private SitrepStreamJob() {
    }

    public static void main(String[] args) throws TimeoutException {
        if (args.length != 3 && !(args.length == 6 && args[3].equals("--kafka"))) {
            System.err.println("usage: SitrepStreamJob LANDING_DIR OUTPUT CHECKPOINT [--kafka BROKERS TOPIC]");
            System.exit(1);
        }
        SparkSession spark = SparkSession.builder().appName("sitrep-stream").getOrCreate();
        StreamingQuery query = args.length == 6
                ? startKafka(spark, args[4], args[5], args[1], args[2], Trigger.ProcessingTime("10 seconds"))
                : start(spark, args[0], args[1], args[2], Trigger.ProcessingTime("10 seconds"));
        try {
            query.awaitTermination();
        } catch (StreamingQueryException e) {
            System.err.println("sitrep-spark: stream stopped: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts the query over a landing directory. */
    public static StreamingQuery start(SparkSession spark, String landing, String output, String checkpoint,
                                       Trigger trigger) throws TimeoutException {
        configure(spark);
        Dataset<Row> files = spark.readStream().format("binaryFile").schema(BINARY_FILE)
                .option("recursiveFileLookup", "true").load(landing);
        return files.select("path", "content").writeStream().trigger(trigger)
                .option("checkpointLocation", checkpoint)
                .foreachBatch(batches(spark, output)).start();
    }

    /**
     * Starts the query over a Kafka topic, from its earliest offsets on the first start and from the
     * checkpoint's offsets after that. Each message value is one article, read as a landing file would be: a
     * JSON Lines record when it starts with a brace, HTML or text with a dateline otherwise. The message key,
     * when set, names the article as a file name does ({@code 001_mosul.txt} gives the id {@code 001_mosul});
     * without a key the id is {@code TOPIC-PARTITION-OFFSET}. An empty or null value is rejected, not fatal.
     */
    public static StreamingQuery startKafka(SparkSession spark, String brokers, String topic, String output,
                                            String checkpoint, Trigger trigger) throws TimeoutException {
        configure(spark);
        Dataset<Row> messages = spark.readStream().format("kafka").option("kafka.bootstrap.servers", brokers)
                .option("subscribe", topic).option("startingOffsets", "earliest").load();
        return messages.selectExpr(KAFKA_NAME + " AS path", "coalesce(value, cast('' AS binary)) AS content")
                .writeStream().trigger(trigger).option("checkpointLocation", checkpoint)
                .foreachBatch(batches(spark, output)).start();
    }

    /** Where a message came from, ending in the name its id is taken from (no slash, no dot but the key's own). */
    static final String KAFKA_NAME = "concat('kafka:', topic, '/', cast(partition AS string), '@', "
            + "cast(offset AS string), '/', coalesce(nullif(translate(cast(key AS string), '/', '_'), ''), "
            + "concat(translate(topic, './', '__'), '-', cast(partition AS string), '-', cast(offset AS string))))";

    private static void configure(SparkSession spark) {
        spark.sparkContext().hadoopConfiguration()
                .setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
    }

    private static VoidFunction2<Dataset<Row>, Long> batches(SparkSession spark, String output) {
        JobOutput out = new JobOutput(spark, output);
        return (batch, id) -> {
            int parallelism = spark.sparkContext().defaultParallelism();
            JavaRDD<Outcome> read = batch.javaRDD().flatMap(r -> FileCoder.read(r.getString(0),
                    new ByteArrayInputStream((byte[]) r.get(1))).iterator());
            JavaRDD<Outcome> coded = read.repartition(Math.max(1, parallelism * 4)).mapPartitions(FileCoder::code);
            JobOutput.Counts counts = out.write(coded, id);
            System.err.println(JobOutput.report(counts, output + " batch " + id));
        };
    }
}
