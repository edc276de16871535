package corpus.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: each pool is added to a list right away, and finally shuts down every pool in the list. */
public class ShardedLoader {

    public void load(List<List<String>> shards) {
        List<ExecutorService> shardPools = new ArrayList<>();
        try {
            for (List<String> shard : shards) {
                ExecutorService shardPool = Executors.newSingleThreadExecutor();
                shardPools.add(shardPool);
                for (String key : shard) {
                    shardPool.execute(() -> loadKey(key));
                }
            }
        } finally {
            for (ExecutorService shardPool : shardPools) {
                shardPool.shutdown();
            }
        }
    }

    private void loadKey(String key) {
        System.out.println("loading " + key);
    }
}
