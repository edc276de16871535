package corpus.timer;

import javax.swing.JLabel;
import javax.swing.Timer;

/** Negative: the ticker's Swing timer field is started in open() and stopped in dispose(). */
public class StockTickerPanel {

    private final JLabel quotes = new JLabel();
    private final Timer ticker;

    public StockTickerPanel() {
        ticker = new Timer(2_000, event -> refreshQuotes());
    }

    public void open() {
        ticker.start();
    }

    public void dispose() {
        ticker.stop();
    }

    private void refreshQuotes() {
        quotes.setText("ACME 42.00");
    }
}
