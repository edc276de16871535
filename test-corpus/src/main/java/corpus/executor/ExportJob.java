package corpus.executor;

import java.util.List;
import java.util.concurrent.ExecutorService;

/** Negative: an owner that receives its executor in the constructor and shuts it down in close(). */
public class ExportJob implements AutoCloseable {

    private final ExecutorService exporters;
    private final List<String> tables;

    public ExportJob(ExecutorService exporters, List<String> tables) {
        this.exporters = exporters;
        this.tables = List.copyOf(tables);
    }

    public void start() {
        for (String table : tables) {
            exporters.execute(() -> export(table));
        }
    }

    private void export(String table) {
        System.out.println("exporting " + table);
    }

    @Override
    public void close() {
        exporters.shutdown();
    }
}
