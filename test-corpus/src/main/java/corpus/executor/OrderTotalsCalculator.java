package corpus.executor;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/** Negative: ForkJoinPool.commonPool() is shared by the JVM and must never be shut down by its users. */
public class OrderTotalsCalculator {

    public long total(long[] amountsInCents) {
        return ForkJoinPool.commonPool().invoke(new SumTask(amountsInCents, 0, amountsInCents.length));
    }

    /** Splits the array until the slices are small enough to add up directly. */
    static final class SumTask extends RecursiveTask<Long> {

        private static final int SLICE = 1_000;

        private final long[] amounts;
        private final int from;
        private final int to;

        SumTask(long[] amounts, int from, int to) {
            this.amounts = amounts;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= SLICE) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += amounts[i];
                }
                return sum;
            }
            int middle = (from + to) >>> 1;
            SumTask left = new SumTask(amounts, from, middle);
            left.fork();
            return new SumTask(amounts, middle, to).compute() + left.join();
        }
    }
}
