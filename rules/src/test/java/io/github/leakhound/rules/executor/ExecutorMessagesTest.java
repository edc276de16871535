package io.github.leakhound.rules.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.MarkedSources;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages teach: they name the variable or field, say what leaks and why, and give the fix. */
class ExecutorMessagesTest {

    @TempDir
    Path root;

    private List<String> messages(String source) {
        return MarkedSources.analyze(root, source).findings().stream().map(Finding::message).toList();
    }

    @Test
    void localMessagesNameTheVariableTheCauseAndTheFix() {
        List<String> messages = messages("""
                package demo;

                import java.net.http.HttpClient;
                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Reports {
                    void never(Runnable task) {
                        ExecutorService never = Executors.newFixedThreadPool(2);
                        never.submit(task);
                    }

                    void throwing(Runnable task) {
                        ExecutorService throwing = Executors.newFixedThreadPool(2);
                        throwing.submit(task);
                        throwing.shutdown();
                    }

                    void conditional(boolean done) {
                        ExecutorService conditional = Executors.newFixedThreadPool(2);
                        if (done) {
                            conditional.shutdown();
                        }
                    }

                    void exits(int count) {
                        ExecutorService exits = Executors.newFixedThreadPool(2);
                        if (count == 0) {
                            return;
                        }
                        exits.shutdown();
                    }

                    void inline(Runnable task) {
                        Executors.newSingleThreadExecutor().submit(task);
                    }

                    void client() {
                        HttpClient client = HttpClient.newHttpClient();
                        client.version();
                    }
                }
                """);

        assertEquals(List.of(
                "ExecutorService `never` created here is never shut down: its threads outlive this call."
                        + " Use try-with-resources (Java 19+) or call shutdown() in a finally block.",
                "ExecutorService `throwing` created here is not shut down on every path: if the call on line 15"
                        + " throws, shutdown() is never reached and its threads outlive this call."
                        + " Use try-with-resources (Java 19+) or call shutdown() in a finally block.",
                "ExecutorService `conditional` created here is shut down only on some paths (conditionally, in a"
                        + " catch or in a loop; see line 21): on the others its threads outlive this call."
                        + " Use try-with-resources (Java 19+) or call shutdown() in a finally block.",
                "ExecutorService `exits` created here is not shut down on every path: line 29 leaves before"
                        + " shutdown() is reached, and its threads outlive this call."
                        + " Use try-with-resources (Java 19+) or call shutdown() in a finally block.",
                "ExecutorService created here by Executors.newSingleThreadExecutor(...) is used once for"
                        + " submit(...) and never kept, so nothing can release it: its threads outlive this call."
                        + " Keep it in a variable. Use try-with-resources (Java 19+) or call shutdown() in a finally"
                        + " block.",
                "HttpClient `client` created here is never closed: the threads it owns outlive this call."
                        + " Share one instance (a field), or close it in try-with-resources (Java 21+) or a finally"
                        + " block."), messages);
    }

    @Test
    void fieldMessagesNameTheFieldWhatLeaksAndTheFix() {
        List<String> messages = messages("""
                package demo;

                import java.util.concurrent.ExecutorService;
                import java.util.concurrent.Executors;

                class Publisher {
                    private ExecutorService publisher = Executors.newSingleThreadExecutor();

                    void reconnect() {
                        publisher = Executors.newSingleThreadExecutor();
                    }
                }
                """);

        String neverShutDown = "Field `publisher` is assigned a new ExecutorService"
                + " (Executors.newSingleThreadExecutor(...)) here, but nothing in the analysed program ever shuts it"
                + " down and it never escapes to code that could: its threads keep running after the object is no"
                + " longer used. Shut it down in the class's close()/stop() method (implement AutoCloseable) or in"
                + " a @PreDestroy method.";
        assertEquals(List.of(neverShutDown, neverShutDown,
                "Field `publisher` already holds an ExecutorService (created on line 7) and is assigned a new one"
                        + " here without shutting the old one down: the old executor's threads keep running and"
                        + " nothing can reach them any more. Shut the old executor down before replacing it, e.g."
                        + " `ExecutorService old = publisher; publisher = ...; old.shutdown();`."), messages);
    }
}
