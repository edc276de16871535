package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Negative: the pool is passed to the constructor of ExportJob, which owns it from then on. */
public class ExportJobLauncher {

    public ExportJob launch(List<String> tables) {
        ExecutorService exporters = Executors.newFixedThreadPool(Math.max(1, tables.size()));
        return new ExportJob(exporters, tables);
    }
}
