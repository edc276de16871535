package io.github.leakhound.rules;

import io.github.leakhound.core.Finding;
import io.github.leakhound.rules.index.ProgramIndex;
import java.util.List;

/** A rule that judges the whole program's facts once every file has been indexed (fields, periodic tasks). */
public interface ProgramRule {

    /** The findings in the analysed program. */
    List<Finding> check(ProgramIndex index);
}
