package corpus.timer;

import javax.swing.Timer;

/** Negative: a Swing timer owns nothing until it is started; this one only normalises and describes a frame rate. */
public class AnimationSettings {

    public String describe(int framesPerSecond) {
        Timer frames = new Timer(1_000 / framesPerSecond, null);
        frames.setCoalesce(true);
        return "repaint every " + frames.getDelay() + " ms, coalesced: " + frames.isCoalesce();
    }
}
