package io.github.leakhound.maven.diff;

/**
 * Lines {@code first} to {@code last} (1-based, inclusive) of a file's new version.
 *
 * @param first the first changed line
 * @param last  the last changed line, not before {@code first}
 */
record LineRange(int first, int last) {

    LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("not a line range: " + first + ".." + last);
        }
    }

    boolean contains(int line) {
        return line >= first && line <= last;
    }
}
