package io.github.leakhound.rules.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line.
 *
 * @param help  true when usage was asked for
 * @param sarif where to write a SARIF report, if anywhere
 * @param paths the source roots or files to analyse, as given
 */
record CliArguments(boolean help, Optional<Path> sarif, List<String> paths) {

    /** Thrown for a command line that cannot be run; the message says what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static CliArguments parse(String[] args) throws UsageException {
        boolean help = false;
        Optional<Path> sarif = Optional.empty();
        List<String> paths = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                paths.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--sarif")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--sarif needs a file name");
                }
                sarif = Optional.of(Path.of(args[++i]));
            } else if (arg.startsWith("--sarif=")) {
                String file = arg.substring("--sarif=".length());
                if (file.isEmpty()) {
                    throw new UsageException("--sarif needs a file name");
                }
                sarif = Optional.of(Path.of(file));
            } else {
                throw new UsageException("unknown option: " + arg);
            }
        }
        if (!help && paths.isEmpty()) {
            throw new UsageException("no source directory or file given");
        }
        return new CliArguments(help, sarif, List.copyOf(paths));
    }
}
