"""A Spark job that pipes a JSONL batch through the `khabar` CLI.

    python job.py KHABAR_BINARY INPUT.jsonl OUTPUT_DIR [PARTITIONS]

Runs in local[2] mode: the same code runs on a cluster with
`spark-submit --files khabar job.py ./khabar hdfs:///in.jsonl hdfs:///out`
(docs/SCALE.md). Each partition starts one `khabar analyze --input-jsonl -
--format jsonl` process, which answers every input line with exactly one
output line, in order; an input line that cannot be analyzed becomes an
`{"id", "error"}` line, so nothing is lost and the job never fails for one
bad record (pyspark's pipe ignores the exit code by default, and the CLI
exits 1 when a line failed).
"""
import json
import sys
import time

from pyspark import SparkConf, SparkContext


def main():
    binary, source, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    conf = (
        SparkConf()
        .setMaster('local[2]')
        .setAppName('khabar-pipe')
        .set('spark.ui.enabled', 'false')
        .set('spark.driver.host', '127.0.0.1')
        .set('spark.driver.bindAddress', '127.0.0.1')
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel('ERROR')
    try:
        lines = sc.textFile(source, minPartitions=partitions)
        t0 = time.time()
        out = lines.pipe(f'{binary} analyze --input-jsonl - --format jsonl --jobs 1 --quiet')
        out.saveAsTextFile(out_dir)
        seconds = time.time() - t0
        stats = {
            'input_lines': lines.count(),
            'partitions': lines.getNumPartitions(),
            'seconds': round(seconds, 2),
        }
        print(json.dumps(stats))
    finally:
        sc.stop()


if __name__ == '__main__':
    main()
