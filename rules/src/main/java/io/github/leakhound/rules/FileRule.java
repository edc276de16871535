package io.github.leakhound.rules;

import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.resolve.FileScope;
import java.util.List;

/** A rule that judges one file on its own, while its syntax tree is alive (local resources). */
public interface FileRule {

    /** The findings in this file. */
    List<Finding> check(FileScope file);
}
