package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Writes what a job coded under one output directory: {@code jsonl/} (contract JSON Lines, sorted by article
 * id), {@code articles/} (each coded article as read, a JSON Lines input record with its text, in the same
 * files and order as {@code jsonl/}: what {@code sitrep ingest} stores as the article body), {@code events/} (Parquet, partitioned by {@code event_month}), {@code rejected/} (one JSON object per
 * rejected input: {@code input}, {@code reason}) and {@code summary.json} (the counts). A streaming job
 * writes each micro-batch under {@code batch=N} directories, replacing them when a batch is replayed.
 */
final class JobOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SparkSession spark;
    private final String root;

    JobOutput(SparkSession spark, String root) {
        this.spark = spark;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** What one write did. */
    record Counts(long articles, long events, long rejected) {
    }

    /**
     * Writes the outcomes (coded articles and rejections) of a job ({@code batch} null) or of one streaming
     * micro-batch; returns the counts.
     */
    Counts write(JavaRDD<Outcome> outcomes, Long batch) {
        outcomes.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String part = batch == null ? "" : "/batch=" + batch;
            // One sorted RDD for both: part-N of articles/ holds the articles of part-N of jsonl/, line for line.
            JavaRDD<Outcome> sorted = outcomes.filter(Outcome::isCoded)
                    .mapToPair(o -> new Tuple2<>(o.articleId(), o)).sortByKey().values();
            sorted.persist(StorageLevel.MEMORY_AND_DISK());
            replace(root + "/jsonl" + part);
            sorted.map(Outcome::json).saveAsTextFile(root + "/jsonl" + part);
            replace(root + "/articles" + part);
            sorted.map(o -> o.read().jsonLine()).saveAsTextFile(root + "/articles" + part);
            sorted.unpersist(false);

            JavaRDD<Row> rows = outcomes.filter(Outcome::isCoded).flatMap(o -> EventTable.rows(o.json()).iterator());
            Dataset<Row> events = spark.createDataFrame(rows, EventTable.SCHEMA);
            if (batch == null) {
                events.write().mode(SaveMode.ErrorIfExists).partitionBy("event_month").parquet(root + "/events");
            } else {
                events.withColumn("batch", org.apache.spark.sql.functions.lit(batch)).write()
                        .mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic")
                        .partitionBy("event_month", "batch").parquet(root + "/events");
            }

            JavaRDD<String> rejected = outcomes.filter(Outcome::isRejected).map(JobOutput::rejection);
            replace(root + "/rejected" + part);
            rejected.saveAsTextFile(root + "/rejected" + part);

            Counts counts = new Counts(outcomes.filter(Outcome::isCoded).count(), rows.count(),
                    outcomes.filter(Outcome::isRejected).count());
            writeSummary(counts, rejected.take(20), part);
            return counts;
        } finally {
            outcomes.unpersist(false);
        }
    }

    private static String rejection(Outcome o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("input", o.input());
        n.put("reason", o.reason());
        return n.toString();
    }

    private void writeSummary(Counts counts, List<String> firstRejections, String part) {
        ObjectNode n = JSON.createObjectNode();
        n.put("articles", counts.articles());
        n.put("events", counts.events());
        n.put("rejected", counts.rejected());
        var first = n.putArray("first_rejections");
        for (String r : firstRejections) {
            try {
                first.add(JSON.readTree(r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path path = new Path(root + (part.isEmpty() ? "" : "/summary" + part) + "/summary.json");
        try {
            FileSystem fs = path.getFileSystem(hadoop());
            try (OutputStream out = fs.create(path, true)) {
                out.write((n.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private void replace(String dir) {
        Path path = new Path(dir);
        try {
            FileSystem fs = path.getFileSystem(hadoop());
            if (fs.exists(path)) {
                fs.delete(path, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + dir + ": " + e.getMessage(), e);
        }
    }

    private Configuration hadoop() {
        return spark.sparkContext().hadoopConfiguration();
    }

    /** The one-line report a job prints on stderr. */
    static String report(Counts c, String where) {
        return String.format(Locale.ROOT, "sitrep-spark: %s: %d article(s) coded, %d event(s), %d input(s) rejected",
                where, c.articles(), c.events(), c.rejected());
    }
}
