package corpus.timer.services;

import javax.swing.Timer;

/** Negative: a Swing timer that is created but never started owns nothing and fires nothing. */
public class BlinkingCursor {

    private boolean visible = true;

    public int blinkDelayOf(int millis) {
        Timer blink = new Timer(millis, event -> visible = !visible);
        blink.setInitialDelay(0);
        return blink.getDelay();
    }
}
