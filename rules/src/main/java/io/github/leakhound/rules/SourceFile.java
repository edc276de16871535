package io.github.leakhound.rules;

import java.nio.file.Path;

/**
 * One {@code .java} file to analyse.
 *
 * @param root         the source root it was found under (or the file itself, when given directly)
 * @param path         the file
 * @param relativePath the file relative to its root with {@code /} separators, as findings name it
 */
record SourceFile(Path root, Path path, String relativePath) {
}
