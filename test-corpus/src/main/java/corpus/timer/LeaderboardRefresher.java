package corpus.timer;

import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/** Negative: the refresh Timer created in the constructor is cancelled in stop(). */
public class LeaderboardRefresher {

    private final Timer refresh;
    private volatile List<String> topPlayers = List.of();

    public LeaderboardRefresher() {
        refresh = new Timer("leaderboard");
        refresh.schedule(new TimerTask() {
            @Override
            public void run() {
                topPlayers = List.of("ada", "grace", "linus");
            }
        }, 0, 60_000);
    }

    public List<String> topPlayers() {
        return topPlayers;
    }

    public void stop() {
        refresh.cancel();
    }
}
