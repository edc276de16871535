package corpus.executor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Positive: shutdown() runs only when every submit() succeeds; a rejected task leaks the pool. */
public class InvoiceExporter {

    public void exportAll(List<Invoice> invoices, Path directory) {
        ExecutorService writers = Executors.newFixedThreadPool(2); // expect: LEAK_EXECUTOR_NOT_SHUTDOWN
        for (Invoice invoice : invoices) {
            writers.submit(() -> write(invoice, directory));
        }
        writers.shutdown();
    }

    private void write(Invoice invoice, Path directory) {
        try {
            Files.writeString(directory.resolve(invoice.number() + ".csv"), invoice.number() + ";" + invoice.totalCents());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One invoice line to export. */
    public record Invoice(String number, long totalCents) {
    }
}
