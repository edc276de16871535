package io.github.leakhound.maven.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real git binary on throwaway repositories. */
class GitChangedLinesTest {

    @TempDir
    Path repository;

    private void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    private Path module() throws IOException, InterruptedException {
        git("init", "-q");
        Path module = Files.createDirectories(repository.resolve("orders"));
        Files.writeString(module.resolve("Orders.java"), "a\nb\nc\nd\n");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        git("tag", "base");
        return module;
    }

    @Test
    void uncommittedEditsAndUntrackedFilesCountRelativeToTheModule() throws Exception {
        Path module = module();
        Files.writeString(module.resolve("Orders.java"), "a\nB\nc\nd\ne\n");
        Files.writeString(module.resolve("Billing.java"), "x\n");

        ChangedLines changed = new GitChangedLines(module).since("base");

        assertFalse(changed.contains("Orders.java", 1));
        assertTrue(changed.contains("Orders.java", 2));
        assertTrue(changed.contains("Orders.java", 5));
        assertTrue(changed.contains("Billing.java", 1));
    }

    @Test
    void committedChangesSinceTheRefCount() throws Exception {
        Path module = module();
        Files.writeString(module.resolve("Orders.java"), "a\nb\nC\nd\n");
        git("commit", "-q", "-am", "second");

        assertTrue(new GitChangedLines(module).since("base").contains("Orders.java", 3));
    }

    @Test
    void unknownRefFailsNamingIt() throws Exception {
        Path module = module();

        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> new GitChangedLines(module).since("no-such-branch"));

        assertTrue(failure.getMessage().contains("'no-such-branch' does not exist"), failure.getMessage());
    }

    @Test
    void directoryOutsideAnyRepositoryFailsSayingSo() throws Exception {
        Path notARepository = Files.createDirectories(repository.resolve("plain"));
        // GIT_CEILING_DIRECTORIES is not settable here; a temp directory is outside any repository anyway.
        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> new GitChangedLines(notARepository).since("HEAD"));

        assertTrue(failure.getMessage().contains("is not inside one"), failure.getMessage());
    }

    @Test
    void missingGitBinaryFailsSayingSo() {
        MojoExecutionException failure = assertThrows(MojoExecutionException.class,
                () -> new GitChangedLines(repository, "git-that-does-not-exist").since("HEAD"));

        assertTrue(failure.getMessage().contains("needs the git command"), failure.getMessage());
    }
}
