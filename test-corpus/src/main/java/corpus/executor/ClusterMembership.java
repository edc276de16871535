package corpus.executor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Negative: an inner class releases the outer object's executor field through {@code ClusterMembership.this}. */
public class ClusterMembership {

    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final String nodeId;

    public ClusterMembership(String nodeId) {
        this.nodeId = nodeId;
    }

    public void join() {
        heartbeats.scheduleAtFixedRate(this::sendHeartbeat, 0, 5, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(new Leave()));
    }

    private void sendHeartbeat() {
        System.out.println(nodeId + " is alive");
    }

    /** Announces that this node leaves, then stops its heartbeats. */
    private final class Leave implements Runnable {

        @Override
        public void run() {
            System.out.println(nodeId + " leaves the cluster");
            ClusterMembership.this.heartbeats.shutdownNow();
        }
    }
}
