package corpus.executor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: the checks are built between creating the pool and entering the try, so a failure there leaks it. */
public class LedgerReconciler {

    public void reconcile(List<String> accounts) throws InterruptedException {
        ExecutorService pool = Executors.newWorkStealingPool(); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        List<Callable<Boolean>> checks = buildChecks(accounts);
        try {
            pool.invokeAll(checks);
        } finally {
            pool.shutdown();
        }
    }

    private List<Callable<Boolean>> buildChecks(List<String> accounts) {
        List<Callable<Boolean>> checks = new ArrayList<>();
        for (String account : accounts) {
            checks.add(() -> balances(account));
        }
        return checks;
    }

    private boolean balances(String account) {
        return !account.isBlank();
    }
}
