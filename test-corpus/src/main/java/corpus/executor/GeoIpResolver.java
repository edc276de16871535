package corpus.executor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Positive: a static executor field is created when the class loads and is never shut down. */
public final class GeoIpResolver {

    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(); // expect: LEAK_EXECUTOR_FIELD_NEVER_SHUTDOWN

    public Future<String> hostNameOf(String address) {
        return LOOKUPS.submit(() -> resolve(address));
    }

    private static String resolve(String address) throws UnknownHostException {
        return InetAddress.getByName(address).getCanonicalHostName();
    }
}
