package io.github.leakhound.maven.config;

import java.util.List;

/**
 * Which source files are reported on, from the comma-separated Ant-style {@code includes} (empty: all) and
 * {@code excludes} parameters, matched against paths relative to their source root such as
 * {@code com/acme/generated/Client.java}; an excluded file stays excluded even when it is also included.
 */
public final class SourcePathFilter {

    private final List<AntPattern> includes;
    private final List<AntPattern> excludes;

    private SourcePathFilter(List<AntPattern> includes, List<AntPattern> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /** Every file. */
    public static SourcePathFilter all() {
        return new SourcePathFilter(List.of(), List.of());
    }

    /** The filter of these two comma-separated parameter values. */
    public static SourcePathFilter parse(String includes, String excludes) {
        return new SourcePathFilter(patterns(includes), patterns(excludes));
    }

    /** True when findings in the file at this source-root-relative path are reported. */
    public boolean accepts(String rootRelativePath) {
        String path = rootRelativePath.replace('\\', '/');
        boolean included = includes.isEmpty() || includes.stream().anyMatch(pattern -> pattern.matches(path));
        return included && excludes.stream().noneMatch(pattern -> pattern.matches(path));
    }

    private static List<AntPattern> patterns(String text) {
        return CommaSeparated.values(text).stream().map(AntPattern::of).toList();
    }
}
