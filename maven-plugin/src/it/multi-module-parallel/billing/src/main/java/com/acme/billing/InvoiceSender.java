package com.acme.billing;

import com.acme.catalog.PriceIndex;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Prices invoices on a pool field that nothing ever shuts down. */
public class InvoiceSender {

    private final PriceIndex prices = new PriceIndex();
    private final ExecutorService senders;

    public InvoiceSender() {
        senders = Executors.newCachedThreadPool();
    }

    public Future<Long> cheapestLine(List<Long> amounts) {
        return senders.submit(() -> prices.cheapest(amounts));
    }
}
