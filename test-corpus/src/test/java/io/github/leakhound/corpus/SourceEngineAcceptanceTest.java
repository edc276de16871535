package io.github.leakhound.corpus;

import io.github.leakhound.core.AnalysisResult;
import io.github.leakhound.core.Engine;
import io.github.leakhound.core.ThreadOwners;
import io.github.leakhound.rules.SourceEngine;
import java.util.List;

/** The source engine (JavaParser) on the corpus sources must report exactly the marked lines. */
class SourceEngineAcceptanceTest extends EngineAcceptance {

    @Override
    Engine engine() {
        return Engine.SOURCE;
    }

    @Override
    AnalysisResult analyzeCorpus() {
        return new SourceEngine(ThreadOwners.defaults()).analyze(List.of(CORPUS_SOURCES));
    }
}
