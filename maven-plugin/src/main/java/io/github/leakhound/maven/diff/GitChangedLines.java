package io.github.leakhound.maven.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Asks the {@code git} binary which lines of the project changed since a ref, uncommitted changes and untracked
 * files included, with paths relative to the project's base directory. Each problem (no git, no repository, no
 * such ref) fails with a message that says which.
 */
public final class GitChangedLines {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path baseDir;
    private final String git;

    /** Uses the {@code git} found on the PATH. */
    public GitChangedLines(Path baseDir) {
        this(baseDir, "git");
    }

    GitChangedLines(Path baseDir, String git) {
        this.baseDir = baseDir;
        this.git = git;
    }

    /** The lines changed since {@code ref}, compared with the working tree. */
    public ChangedLines since(String ref) throws MojoExecutionException {
        if (ref.isBlank() || ref.startsWith("-")) {
            // A leading dash would be read as an option of git, not as a ref.
            throw new MojoExecutionException("The parameter 'since' (leakhound.since) must name a git ref, not '" + ref + "'.");
        }
        if (run(List.of("rev-parse", "--is-inside-work-tree")).exitCode() != 0) {
            throw new MojoExecutionException("leakhound.since=" + ref + " needs a git repository, but " + baseDir
                    + " is not inside one.");
        }
        if (run(List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}")).exitCode() != 0) {
            throw new MojoExecutionException("leakhound.since=" + ref + ": the git ref '" + ref
                    + "' does not exist in this repository (fetch it first, e.g. git fetch origin " + ref + ").");
        }
        // --relative: paths relative to (and only below) the base directory, as the findings spell them.
        GitOutput diff = succeeded(run(List.of("diff", "--relative", "--unified=0", "--no-color", "--no-ext-diff",
                "--src-prefix=a/", "--dst-prefix=b/", ref, "--")), "diff");
        GitOutput untracked = succeeded(run(List.of("ls-files", "--others", "--exclude-standard")), "ls-files");
        Set<String> newFiles = untracked.stdout().lines().filter(line -> !line.isBlank()).collect(Collectors.toSet());
        return UnifiedDiff.parse(diff.stdout()).withWholeFiles(newFiles);
    }

    private record GitOutput(int exitCode, String stdout, String stderr) {
    }

    private GitOutput succeeded(GitOutput output, String command) throws MojoExecutionException {
        if (output.exitCode() != 0) {
            throw new MojoExecutionException("git " + command + " failed in " + baseDir + ": " + output.stderr().strip());
        }
        return output;
    }

    private GitOutput run(List<String> arguments) throws MojoExecutionException {
        List<String> command = new ArrayList<>(List.of(git, "-c", "core.quotepath=off"));
        command.addAll(arguments);
        Path errors = null;
        try {
            // Errors go to a file: reading two pipes in turn could block once the other one fills up.
            errors = Files.createTempFile("leakhound-git", ".err");
            Process process = new ProcessBuilder(command).directory(baseDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new MojoExecutionException("git did not answer within " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new GitOutput(process.exitValue(), stdout, Files.readString(errors, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("leakhound.since needs the git command, which cannot be run here ("
                    + e.getMessage() + "); install git or put it on the PATH.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while waiting for git", e);
        } finally {
            deleteQuietly(errors);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover file in the temp directory is harmless.
        }
    }
}
