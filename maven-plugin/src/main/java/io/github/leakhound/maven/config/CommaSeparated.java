package io.github.leakhound.maven.config;

import java.util.Arrays;
import java.util.List;

/** Splits the comma-separated values of a parameter, so that blanks around commas and empty items do not count. */
final class CommaSeparated {

    private CommaSeparated() {
    }

    static List<String> values(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }
}
