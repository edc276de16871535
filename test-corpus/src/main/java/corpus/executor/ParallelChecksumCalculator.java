package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.zip.CRC32;

/** Positive: a custom ForkJoinPool that bounds a parallel stream's parallelism is never shut down. */
public class ParallelChecksumCalculator {

    public long checksum(List<byte[]> blocks, int parallelism) throws InterruptedException, ExecutionException {
        ForkJoinPool pool = new ForkJoinPool(parallelism); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        return pool.submit(() -> blocks.parallelStream().mapToLong(ParallelChecksumCalculator::crc).sum()).get();
    }

    private static long crc(byte[] block) {
        CRC32 crc = new CRC32();
        crc.update(block);
        return crc.getValue();
    }
}
