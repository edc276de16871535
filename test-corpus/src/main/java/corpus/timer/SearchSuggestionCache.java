package corpus.timer;

import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;

/** Positive: every cache instance starts an eviction Timer in its field initializer that nothing ever cancels. */
public class SearchSuggestionCache {

    private final Map<String, List<String>> suggestions = new ConcurrentHashMap<>();
    private final Timer evictor = new Timer("suggestion-eviction", true); // expect: LEAK_TIMER_NOT_CANCELLED

    public SearchSuggestionCache(long evictEveryMillis) {
        evictor.schedule(new TimerTask() {
            @Override
            public void run() {
                suggestions.clear();
            }
        }, evictEveryMillis, evictEveryMillis);
    }

    public List<String> suggest(String prefix) {
        return suggestions.computeIfAbsent(prefix, key -> List.of(key + "s", key + "ing"));
    }
}
