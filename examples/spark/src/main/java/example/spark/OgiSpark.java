package example.spark;

import io.github.ogireport.OgiReports;
import io.github.ogireport.ParseLimits;
import io.github.ogireport.batch.BatchOptions;
import io.github.ogireport.batch.BatchRow;
import io.github.ogireport.batch.BatchRunner;
import io.github.ogireport.batch.CrossYearPair;
import io.github.ogireport.batch.CrossYearRules;
import io.github.ogireport.batch.ReportColumns;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.cli.LimitOptions;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code ogi batch} on Apache Spark: reads report files from Hadoop paths or globs, parses and checks each on
 * the executors with the library (the same limits and the same rows as {@code ogi batch}: the rows come from
 * {@link BatchRow}), runs the cross-year rules as a join on organ key and year ({@link CrossYearPair}), and
 * writes the batch's tables as Parquet and CSV (README.md beside the project).
 *
 * <p>Every file matched gives one row: one that cannot be read, is too large, takes too long or breaks the
 * parser gets an error row saying why. The job prints the counts and exits 1 when the number of rows differs
 * from the number of files.
 */
@Command(name = "ogi-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Parses and checks report files with ogi-report on Spark and writes the tables of "
                + "ogi batch (reports, findings, crossyear) as Parquet and CSV, and results.jsonl.")
public final class OgiSpark implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Hadoop paths or globs of report files (file:, hdfs:, s3a:, ...); folders are read "
                    + "recursively, every file in them")
    List<String> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder (a Hadoop path)")
    String out;

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = "--similarity-threshold", paramLabel = "SHARE", defaultValue = "0.8",
            description = "X-COPY threshold, as in ogi batch (default: ${DEFAULT-VALUE})")
    double similarityThreshold;

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "rule IDs not to run")
    List<String> disable = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "run only these rule IDs")
    List<String> only = new ArrayList<>();

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "partitions of the input and of the tables (default: 4 per core of the cluster)")
    int partitions;

    @Option(names = "--split-size", paramLabel = "SIZE", defaultValue = "1MB",
            description = "bytes of input per partition: bytes, or 256KB, 1MB, 64MB; Spark packs many small files "
                    + "into one partition up to this size (spark.files.maxPartitionBytes, which wins when set; "
                    + "default: ${DEFAULT-VALUE})")
    String splitSize;

    @Option(names = "--overwrite", description = "replace the tables of an earlier run in --out")
    boolean overwrite;

    public static void main(String[] args) {
        System.exit(new CommandLine(new OgiSpark()).execute(args));
    }

    @Override
    public Integer call() {
        RuleRegistry registry = RuleRegistry.withServiceLoader();
        for (String id : disable) {
            requireRule(registry, id);
        }
        for (String id : only) {
            requireRule(registry, id);
        }
        Settings settings = new Settings(limits.limits(), similarityThreshold, disable, only);
        SparkSession.Builder builder = SparkSession.builder().appName("ogi-spark");
        if (!new SparkConf().contains("spark.files.maxPartitionBytes")) {
            // binaryFiles packs files into a partition up to this many bytes: Spark's 128 MB would put a
            // corpus of small reports into one partition, read by one core
            builder.config("spark.files.maxPartitionBytes", String.valueOf(bytes(splitSize)));
        }
        SparkSession spark = builder.getOrCreate();
        try {
            return run(spark, settings);
        } finally {
            spark.stop();
        }
    }

    /** A size such as 1048576, 512KB, 1MB or 1GB. */
    static long bytes(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] u : new String[][] {{"KB", "1024"}, {"MB", "1048576"}, {"GB", "1073741824"}}) {
            if (t.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                t = t.substring(0, t.length() - 2).strip();
                break;
            }
        }
        long n = Long.parseLong(t) * unit;
        if (n < 1) {
            throw new IllegalArgumentException("not a positive size: " + s);
        }
        return n;
    }

    private static void requireRule(RuleRegistry registry, String id) {
        if (registry.rule(id).isEmpty() && CrossYearRules.byId(id).isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(new OgiSpark()), "unknown rule ID: " + id);
        }
    }

    private int run(SparkSession spark, Settings settings) {
        long started = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int parts = partitions > 0 ? partitions : 4 * sc.defaultParallelism();
        if (!sc.getConf().contains("spark.sql.shuffle.partitions")) {
            // the tables' joins and sorts: as many partitions as the input's, not Spark's default of 200
            spark.conf().set("spark.sql.shuffle.partitions", parts);
        }

        // 1. one row per file, made on the executors. The streams are read where they were listed; they are
        // numbered afterwards, in path order (as ogi batch numbers a sorted list), so that no stream (a
        // Hadoop configuration each) is shuffled.
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", paths), parts);
        // (kept: the sort samples its input, which must not parse the files a second time)
        JavaPairRDD<String, BatchRow> unnumbered = files.mapPartitionsToPair(it -> processAll(it, settings))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<BatchRow> rows = unnumbered.sortByKey(true, parts).zipWithIndex()
                .map(t -> t._1()._2().withSeq(t._2()));
        rows.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long filesIn = rows.count();
        unnumbered.unpersist();

        // 2. the cross-year rules: a join of each report with the report standing for its organ's latest
        // earlier year, on organ key and year, then the library's comparison of each pair on the executors
        Dataset<Row> summaries = spark.createDataFrame(rows.filter(r -> r.summary() != null).map(r -> {
            CrossYearPair.Key k = CrossYearPair.key(r.summary());
            return RowFactory.create(k.seq(), k.organKey(), k.year(), r.summary());
        }), new StructType()
                .add("seq", DataTypes.LongType, false)
                .add("organ_key", DataTypes.StringType, false)
                .add("year", DataTypes.IntegerType, false)
                .add("summary", DataTypes.StringType, false));
        Dataset<Row> standing = summaries.groupBy("organ_key", "year").agg(functions.min("seq").as("rep_seq"));
        Dataset<Row> previous = standing
                .withColumn("prev_seq", functions.lag("rep_seq", 1).over(
                        Window.partitionBy("organ_key").orderBy("year")))
                .where(functions.col("prev_seq").isNotNull())
                .select("organ_key", "year", "prev_seq");
        Dataset<Row> pairs = summaries.join(previous, new String[] {"organ_key", "year"})
                .join(summaries.select(functions.col("seq").as("p_seq"), functions.col("summary").as("prev_summary")),
                        functions.col("prev_seq").equalTo(functions.col("p_seq")))
                .select("summary", "prev_summary");
        JavaRDD<Compared> compared = pairs.javaRDD().map(p -> Compared.of(CrossYearPair.compare(p.getString(0),
                p.getString(1), settings.threshold, settings.config())));
        compared.persist(StorageLevel.MEMORY_AND_DISK_SER());

        // 3. the tables: the copy figures joined into the report rows by seq; report and corpus findings
        JavaPairRDD<Long, String[]> copy = compared.mapToPair(c -> new Tuple2<>(Long.parseLong(c.crossYearRow[0]),
                new String[] {c.copyShare, c.copyOf}));
        JavaRDD<String[]> reportRows = rows.mapToPair(r -> new Tuple2<>(Long.parseLong(r.row()[0]), r.row()))
                .leftOuterJoin(copy)
                .map(t -> withCopy(t._2()._1(), t._2()._2()));
        JavaRDD<String[]> findingRows = rows.flatMap(r -> r.findings().iterator())
                .union(compared.flatMap(c -> c.findings.iterator()));
        JavaRDD<String[]> crossRows = compared.map(c -> c.crossYearRow);

        Dataset<Row> reports = table(spark, reportRows, ReportColumns.HEADER).orderBy("seq");
        Dataset<Row> findings = table(spark, findingRows, BatchRunner.FINDINGS_HEADER).orderBy("seq", "scope", "rule");
        Dataset<Row> crossyear = table(spark, crossRows, BatchRunner.CROSSYEAR_HEADER).orderBy("seq");
        write(reports, "reports");
        write(findings, "findings");
        write(crossyear, "crossyear");
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        spark.createDataset(rows.map(BatchRow::json).rdd(), org.apache.spark.sql.Encoders.STRING())
                .write().mode(mode).text(out + "/results.jsonl");

        long rowsOut = spark.read().parquet(out + "/parquet/reports").count();
        long reportFindings = rows.map(r -> (long) r.findings().size()).fold(0L, Long::sum);
        long corpusFindings = compared.map(c -> (long) c.findings.size()).fold(0L, Long::sum);
        long comparisons = compared.count();
        List<Row> byStatus = spark.read().parquet(out + "/parquet/reports").groupBy("status").count()
                .orderBy("status").collectAsList(); // a handful of statuses
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "ogi-spark: %d files in, %d rows out (%s); %d report findings, %d corpus "
                + "findings, %d cross-year comparisons; %.1f s, %.1f files/s; tables in %s%n", filesIn, rowsOut,
                statuses(byStatus), reportFindings, corpusFindings, comparisons, seconds, filesIn / seconds, out);
        rows.unpersist();
        compared.unpersist();
        if (rowsOut != filesIn) {
            System.err.println("ogi-spark: the number of rows differs from the number of files");
            return 1;
        }
        return 0;
    }

    private static String statuses(List<Row> byStatus) {
        StringBuilder b = new StringBuilder();
        for (Row r : byStatus) {
            b.append(b.length() == 0 ? "" : ", ").append(r.getString(0)).append(' ').append(r.getLong(1));
        }
        return b.toString();
    }

    /** Parses and checks the files of one partition, one at a time, each within the time limit. */
    private static Iterator<Tuple2<String, BatchRow>> processAll(Iterator<Tuple2<String, PortableDataStream>> in,
            Settings settings) {
        BatchOptions options = settings.options();
        Checker checker = new Checker(RuleRegistry.withServiceLoader(), options.config());
        BatchRow.Parser parser = (bytes, name) -> OgiReports.parse(bytes, name, options.limits());
        List<Tuple2<String, BatchRow>> out = new ArrayList<>();
        ExecutorService pool = worker();
        try {
            while (in.hasNext()) {
                Tuple2<String, PortableDataStream> file = in.next();
                String name = file._1();
                PortableDataStream stream = file._2();
                Future<BatchRow> f = pool.submit(() -> {
                    try (InputStream s = stream.open()) {
                        return BatchRow.read(0, name, s, options, parser, checker);
                    }
                });
                BatchRow row;
                try {
                    row = f.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    pool.shutdownNow(); // its thread may not notice the interrupt: the next file gets a new one
                    pool = worker();
                    row = BatchRow.timeout(0, name, -1, "", options);
                } catch (ExecutionException e) {
                    row = BatchRow.error(0, name, -1, "", "io_error", "cannot read: " + e.getCause(), options);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                out.add(new Tuple2<>(name, row));
            }
        } finally {
            pool.shutdownNow();
        }
        return out.iterator();
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ogi-spark-parse");
            t.setDaemon(true);
            return t;
        });
    }

    private static String[] withCopy(String[] row, Optional<String[]> copy) {
        if (!copy.isPresent()) {
            return row;
        }
        String[] r = row.clone();
        r[ReportColumns.META.indexOf("copy_share")] = copy.get()[0];
        r[ReportColumns.META.indexOf("copy_of")] = copy.get()[1];
        return r;
    }

    /** A table of text columns as the batch writes them; {@code seq} (and {@code prev_seq}) as numbers. */
    private static Dataset<Row> table(SparkSession spark, JavaRDD<String[]> rows, List<String> header) {
        List<StructField> fields = new ArrayList<>();
        for (String h : header) {
            boolean number = h.equals("seq") || h.equals("prev_seq");
            fields.add(DataTypes.createStructField(h, number ? DataTypes.LongType : DataTypes.StringType, !number));
        }
        StructType schema = DataTypes.createStructType(fields);
        return spark.createDataFrame(rows.map(r -> {
            Object[] v = new Object[r.length];
            for (int i = 0; i < r.length; i++) {
                v[i] = schema.fields()[i].dataType() == DataTypes.LongType ? (Object) Long.parseLong(r[i]) : r[i];
            }
            return RowFactory.create(v);
        }), schema);
    }

    private void write(Dataset<Row> table, String name) {
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        table.persist(StorageLevel.MEMORY_AND_DISK_SER()); // written twice: computed (and sorted) once
        table.write().mode(mode).parquet(out + "/parquet/" + name);
        // RFC 4180 quoting (a quote doubled), as ogi batch and spreadsheets read it; "" stays empty; values
        // kept as they are (Spark's CSV writer trims white space by default)
        table.write().mode(mode).option("header", true).option("escape", "\"").option("emptyValue", "")
                .option("ignoreLeadingWhiteSpace", false).option("ignoreTrailingWhiteSpace", false)
                .csv(out + "/csv/" + name);
        table.unpersist();
    }

    /** What the executors need to rebuild the batch's options (which are not serializable). */
    static final class Settings implements Serializable {
        private static final long serialVersionUID = 1L;
        final long maxBytes;
        final long maxChars;
        final long maxCells;
        final int maxSpan;
        final long timeoutMillis;
        final int maxPages;
        final double threshold;
        final ArrayList<String> disable;
        final ArrayList<String> only;

        Settings(ParseLimits limits, double threshold, List<String> disable, List<String> only) {
            this.maxBytes = limits.maxBytes();
            this.maxChars = limits.maxChars();
            this.maxCells = limits.maxCells();
            this.maxSpan = limits.maxSpan();
            this.timeoutMillis = limits.timeout().toMillis();
            this.maxPages = limits.maxPages();
            this.threshold = threshold;
            this.disable = new ArrayList<>(disable);
            this.only = new ArrayList<>(only);
        }

        CheckConfig config() {
            Set<String> d = new LinkedHashSet<>(disable);
            Set<String> o = new LinkedHashSet<>(only);
            return CheckConfig.defaults().withRules(d, o);
        }

        BatchOptions options() {
            ParseLimits limits = new ParseLimits(maxBytes, maxChars, maxCells, maxSpan,
                    Duration.ofMillis(timeoutMillis), maxPages);
            return new BatchOptions(Path.of("."), 1, false, false, false, threshold, config(), false, limits);
        }
    }

    /** A {@link CrossYearPair.Result} as the executors pass it on (serializable). */
    static final class Compared implements Serializable {
        private static final long serialVersionUID = 1L;
        final ArrayList<String[]> findings;
        final String[] crossYearRow;
        final String copyShare;
        final String copyOf;

        private Compared(CrossYearPair.Result r) {
            this.findings = new ArrayList<>(r.findings());
            this.crossYearRow = r.crossYearRow();
            this.copyShare = r.copyShare();
            this.copyOf = r.copyOf();
        }

        static Compared of(CrossYearPair.Result r) {
            return new Compared(r);
        }
    }
}
