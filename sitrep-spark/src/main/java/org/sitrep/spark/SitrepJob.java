package org.sitrep.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@code SitrepJob INPUT OUTPUT}: codes every file under INPUT (JSON Lines, text, HTML, WARC; any Hadoop file
 * system: a local path, {@code hdfs://}, {@code s3a://}; several inputs separated by commas) with the standard
 * pipeline and writes OUTPUT/jsonl, OUTPUT/events, OUTPUT/rejected and OUTPUT/summary.json
 * (see {@link JobOutput}). A bad file or record is counted and named in OUTPUT/rejected, never a failed job.
 * Exit codes: 0 all coded, 2 some input rejected, 1 the job could not run.
 */
public final class SitrepJob {
    private SitrepJob() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SitrepJob INPUT OUTPUT");
            System.exit(1);
        }
        int code;
        SparkSession spark = SparkSession.builder().appName("sitrep").getOrCreate();
        try {
            code = run(spark, args[0], args[1]).rejected() > 0 ? 2 : 0;
        } catch (JobException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            code = 1;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job in a session; returns the counts. */
    public static JobOutput.Counts run(SparkSession spark, String input, String output) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        sc.hadoopConfiguration().setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
        requireFresh(sc, output);
        JavaRDD<Outcome> read;
        try {
            read = sc.binaryFiles(input).flatMap(f -> FileCoder.read(f._1(), f._2().open()).iterator());
            read.partitions();
        } catch (RuntimeException e) {
            throw new JobException(input + ": cannot list input (" + e.getMessage() + ")");
        }
        JavaRDD<Outcome> coded = read.repartition(Math.max(1, sc.defaultParallelism() * 4))
                .mapPartitions(FileCoder::code);
        JobOutput.Counts counts = new JobOutput(spark, output).write(coded, null);
        System.err.println(JobOutput.report(counts, output));
        return counts;
    }

    private static void requireFresh(JavaSparkContext sc, String output) {
        Path path = new Path(output);
        try {
            FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
            if (fs.exists(path) && fs.listStatus(path).length > 0) {
                throw new JobException(output + ": output directory exists and is not empty");
            }
        } catch (IOException e) {
            throw new JobException(output + ": cannot check output (" + e.getMessage() + ")");
        }
    }

    /** A job that cannot run, in one line. */
    static final class JobException extends RuntimeException {
        JobException(String message) {
            super(message);
        }
    }
}
